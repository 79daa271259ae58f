// Builds the extension for both browsers (dist/chrome, dist/firefox) from the one
// vite.config.ts, then packs each into a store-ready zip in dist/.
import { spawnSync } from 'node:child_process';
import { packDir } from './zip.mjs';

const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const browser of browsers) {
  // NODE_ENV is pinned: a NODE_ENV=test or development inherited from a test runner or a shell
  // would switch Preact to its development JSX (file paths in the bundle, a different build).
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, BROWSER: browser, NODE_ENV: 'production' } });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // A test variant (PREFLIGHT_TEST_HOSTS, see vite.config.ts) is never packed for a store.
  if (process.env.PREFLIGHT_TEST_HOSTS) {
    console.log(`dist/${browser}-test-hosts (test build, host permissions: ${process.env.PREFLIGHT_TEST_HOSTS})`);
    continue;
  }
  const zip = await packDir(`dist/${browser}`, `dist/post-preflight-${browser}.zip`);
  console.log(`dist/${browser} → ${zip}`);
}
