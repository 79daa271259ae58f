// Builds the extension for both browsers (dist/chrome, dist/firefox) from the one
// vite.config.ts, then packs each into a store-ready zip in dist/.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { buildPageDrivers } from './page-drivers.mjs';
import { packDir } from './zip.mjs';

const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
/** The editors' driver bundles are the same for both browsers: built once, copied into each dist. */
let driversBuiltIn;
// As vite.config.ts reads it: a test variant goes to dist/<browser>-test-hosts.
const testHosts = (process.env.PREFLIGHT_TEST_HOSTS ?? '').split(',').some((h) => h.trim());
for (const browser of browsers) {
  // NODE_ENV is pinned: a NODE_ENV=test or development inherited from a test runner or a shell
  // would switch Preact to its development JSX (file paths in the bundle, a different build).
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8', env: { ...process.env, BROWSER: browser, NODE_ENV: 'production' } });
  process.stderr.write(withoutKnownNoise(run.stderr ?? ''));
  if (run.status !== 0) process.exit(run.status ?? 1);
  const dist = `dist/${browser}${testHosts ? '-test-hosts' : ''}`;
  // One IIFE per editor driver, injected by the background only where that editor is seen.
  if (driversBuiltIn) cpSync(driversBuiltIn, `${dist}/page-drivers`, { recursive: true });
  else await buildPageDrivers({ outDir: `${dist}/page-drivers` });
  driversBuiltIn ??= `${dist}/page-drivers`;
  // A test variant (PREFLIGHT_TEST_HOSTS, see vite.config.ts) is never packed for a store.
  if (testHosts) {
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
