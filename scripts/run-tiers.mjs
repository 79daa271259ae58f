// Runs npm scripts side by side and prints each one's output whole when it ends, in the order
// given, so the log reads like a sequential run (one vitest summary after another).
//
//   node scripts/run-tiers.mjs test:lifecycle test:drivers
//
// Why: the lifecycle tier spends most of its time waiting for browsers to idle their extension
// backgrounds (about a third of its wall time is CPU), so the driver tiers run in that wait.
// Exits non-zero when any of them fails, after all have ended.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-tiers.mjs <npm script> [<npm script>…]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
console.log(`Running side by side: ${scripts.join(', ')} (each one's output follows when it ends)`);

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const chunks = [];
      const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('error', (error) => resolve({ script, code: 1, output: Buffer.from(`could not start npm run ${script}: ${error.message}\n`) }));
      child.on('close', (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        console.log(`… ${script} ended after ${seconds} s (${signal ? `signal ${signal}` : `exit ${code}`})`);
        resolve({ script, code: code ?? 1, output: Buffer.concat(chunks) });
      });
    }),
);

// Printed in the order given, each as soon as it and those before it have ended.
let failed = false;
for (const run of runs) {
  const { script, code, output } = await run;
  process.stdout.write(`\n──── npm run ${script} ────\n`);
  process.stdout.write(output);
  if (code !== 0) {
    failed = true;
    process.stdout.write(`\n──── npm run ${script} failed (exit ${code}) ────\n`);
  }
}
process.exit(failed ? 1 : 0);
