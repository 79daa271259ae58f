// Builds the extension for both browsers (dist/chrome, dist/firefox) from the one
// vite.config.ts, then packs each into a store-ready zip in dist/.
import { spawnSync } from 'node:child_process';
import { packDir } from './zip.mjs';

const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const browser of browsers) {
  // NODE_ENV is pinned: a NODE_ENV=test or development inherited from a test runner or a shell
  // would switch Preact to its development JSX (file paths in the bundle, a different build).
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8', env: { ...process.env, BROWSER: browser, NODE_ENV: 'production' } });
  process.stderr.write(withoutKnownNoise(run.stderr ?? ''));
  if (run.status !== 0) process.exit(run.status ?? 1);
  // A test variant (PREFLIGHT_TEST_HOSTS, see vite.config.ts) is never packed for a store.
  if (process.env.PREFLIGHT_TEST_HOSTS) {
    console.log(`dist/${browser}-test-hosts (test build, host permissions: ${process.env.PREFLIGHT_TEST_HOSTS})`);
    continue;
  }
  const zip = await packDir(`dist/${browser}`, `dist/post-preflight-${browser}.zip`);
  console.log(`dist/${browser} → ${zip}`);
}

/**
 * crxjs builds each standalone content script with its own inline Vite config (no config file,
 * so no option reaches it) that sets both `codeSplitting: false` and `inlineDynamicImports`, and
 * rolldown warns that the second is ignored. The output is the one self-contained file either
 * way; that line alone is dropped, every other message is kept.
 */
function withoutKnownNoise(text) {
  return text.replace(/^[ \t]*WARN[ \t]+inlineDynamicImports option is ignored because codeSplitting: false is set\.[ \t]*\n(?:[ \t]*\n)?/gm, '');
}
