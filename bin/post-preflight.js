#!/usr/bin/env node
// The command is built into dist/lib/cli.js (`npm run build:lib`; `npm install` runs it through
// the `prepare` script). This shim only starts it and lets stdout drain before the process ends
// (exitCode, not process.exit()). Without the build it says what to run, never a stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/lib/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write(
    'post-preflight: the command line is not built yet (dist/lib/cli.js is missing).\n' +
      'Run `npm run build:lib` in the post-preflight folder (`npm install` there does it for you), then try again.\n',
  );
  process.exit(2);
}
const { main } = await import(built.href);

// `post-preflight check … | head` closes the pipe early; that is not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
