// Decap CMS for the test site and the `npm start` demo, kept out of the product's own install.
//
// decap-cms ships one prebuilt bundle (dist/decap-cms.js) and declares ~1,200 packages around
// it (React 16–19 peers that conflict, hence pages of "npm warn ERESOLVE" on every install).
// The tests and the demo only serve that bundle, so it is fetched on its own from the npm
// registry (`npm pack`, a pinned version whose sha512 is checked here, as a lockfile would), and
// unpacked under .cache/. Nothing of it is committed or bundled into the extension.
//
//   node scripts/decap-cms.mjs     → prints the dist folder, fetching it first if needed
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DECAP_VERSION = '3.16.3';
const INTEGRITY = 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==';

const root = resolve(import.meta.dirname, '..');
const home = join(root, '.cache/decap-cms', DECAP_VERSION);
/** Where decap-cms.js and its chunks are, once `ensureDecap()` returned. */
export const DECAP_DIST = join(home, 'package/dist');

export class DecapUnavailable extends Error {}

/** Fetches and unpacks the pinned decap-cms once; returns its dist folder. Throws DecapUnavailable with the reason. */
export function ensureDecap({ log = () => {} } = {}) {
  if (existsSync(join(home, 'complete')) && existsSync(join(DECAP_DIST, 'decap-cms.js'))) return DECAP_DIST;
  log(`Fetching decap-cms@${DECAP_VERSION} from the npm registry (test site and demo only)…`);
  // Unpacked next to its final place, so moving it there is a rename on the same disk.
  mkdirSync(join(home, '..'), { recursive: true });
  const work = mkdtempSync(join(home, '..', 'download-'));
  try {
    const pack = spawnSync('npm', ['pack', `decap-cms@${DECAP_VERSION}`, '--json', '--prefer-offline', '--pack-destination', work], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (pack.error || pack.status !== 0) throw new DecapUnavailable(`npm pack decap-cms@${DECAP_VERSION} failed: ${(pack.error?.message ?? pack.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    const [{ filename }] = JSON.parse(pack.stdout);
    const tarball = join(work, filename);
    const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (digest !== INTEGRITY) throw new DecapUnavailable(`decap-cms-${DECAP_VERSION}.tgz does not match its pinned sha512 (got ${digest}); not using it.`);
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked], { encoding: 'utf8' });
    if (tar.error || tar.status !== 0) throw new DecapUnavailable(`could not unpack ${filename}: ${(tar.error?.message ?? tar.stderr).trim()}`);
    rmSync(home, { recursive: true, force: true });
    renameSync(unpacked, home);
    writeFileSync(join(home, 'complete'), `${INTEGRITY}\n`);
    return DECAP_DIST;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    console.log(ensureDecap({ log: (m) => console.error(m) }));
  } catch (error) {
    console.error(`decap-cms: ${error.message}`);
    process.exit(1);
  }
}
