import { join } from 'node:path';
import { ROOT } from '../../support/paths';

export const TEST_HOSTS = 'http://127.0.0.1/*';
/**
 * The extension under test: the test-hosts build, or LIFECYCLE_DIST_<BROWSER> (e.g. a build of
 * an older commit, to show these tests fail there).
 */
export const DIST = (browser: 'chrome' | 'firefox') =>
  process.env[`LIFECYCLE_DIST_${browser.toUpperCase()}`] ?? join(ROOT, `dist/${browser}-test-hosts`);
