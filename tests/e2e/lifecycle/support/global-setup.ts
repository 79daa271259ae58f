import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/paths';
import { TEST_HOSTS } from './builds';

/**
 * The tier drives the test-hosts build (127.0.0.1 granted at install, so "Check links" needs no
 * prompt a headless browser can't answer). `npm test` has just built it (links.e2e); otherwise,
 * or when it is older than the release build, it is built here.
 */
export default function setup(): void {
  const fresh = (browser: string) => {
    const test = join(ROOT, `dist/${browser}-test-hosts/manifest.json`);
    const release = join(ROOT, `dist/${browser}/manifest.json`);
    return existsSync(test) && (!existsSync(release) || statSync(test).mtimeMs >= statSync(release).mtimeMs);
  };
  if (fresh('chrome') && fresh('firefox')) return;
  const build = spawnSync('node', ['scripts/build-ext.mjs', 'chrome', 'firefox'], { cwd: ROOT, env: { ...process.env, PREFLIGHT_TEST_HOSTS: TEST_HOSTS }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`test build failed: ${build.stderr}`);
}
