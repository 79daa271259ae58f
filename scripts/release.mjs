// `npm run release`: everything a store submission needs, for the version in package.json.
//
//   dist/release/<version>/
//     post-preflight-<version>-chrome.zip    Chrome Web Store upload
//     post-preflight-<version>-firefox.zip   addons.mozilla.org upload
//     post-preflight-<version>-source.zip    AMO "source code" upload: the tracked sources, the
//                                            lockfile and SOURCE-BUILD.md (how to rebuild)
//     RELEASE-NOTES.md                       this version's CHANGELOG.md section
//     SHA256SUMS                             `sha256sum -c SHA256SUMS` checks the three zips
//
// The store zips are built FROM the source archive (unpacked into a temporary folder), so what
// AMO reviewers rebuild is by construction what was uploaded. `--verify` then builds a second
// time from a second unpacked copy and compares every zip byte for byte (reproducibility).
// Nothing is published. Options: --out <dir>, --allow-dirty (uncommitted tracked files are
// archived as they are on disk; for trying the command out), --verify.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { changelogSection, manifestVersionProblem, unreleasedEntries } from './release-lib.mjs';

const root = resolve(import.meta.dirname, '..');
const BROWSERS = ['chrome', 'firefox'];
// One fixed date for every archive entry: archives depend on the bytes, never on when or where.
const ENTRY_DATE = new Date('2026-01-01T00:00:00Z');

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { out: undefined, allowDirty: false, verify: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--allow-dirty') args.allowDirty = true;
    else if (a === '--verify') args.verify = true;
    else fail(`unknown option ${a} (options: --out <dir>, --allow-dirty, --verify)`);
  }
  return args;
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Whether `root` is a git checkout (CI may also run on an exported tree). */
function inGit() {
  try {
    return git('rev-parse', '--is-inside-work-tree').trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * The files that make up the sources: git's tracked files; outside a git checkout, every file but
 * the top-level folders .gitignore names (node_modules, dist, caches) and .git itself.
 */
async function sourceFiles() {
  if (inGit()) return git('ls-files', '-z').split('\0').filter(Boolean).sort();
  const ignored = new Set(['.git', ...(await readFile(join(root, '.gitignore'), 'utf8')).split(/\r?\n/).map((l) => l.trim().replace(/\/$/, '')).filter((l) => l && !l.startsWith('#') && !l.includes('*'))]);
  const out = [];
  const walk = async (rel) => {
    for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (ignored.has(path) || entry.name.endsWith('.zip')) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk('');
  return out.sort();
}

async function sha256(file) {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** The tracked files as they are on disk, in a deterministic zip, plus SOURCE-BUILD.md. */
async function sourceArchive(version, commit, dirty) {
  const zip = new JSZip();
  const files = await sourceFiles();
  for (const file of files) {
    const path = join(root, file);
    if (!existsSync(path)) continue; // deleted in the working tree (only with --allow-dirty)
    zip.file(file, await readFile(path), { date: ENTRY_DATE, createFolders: false });
  }
  const template = await readFile(join(root, 'store/source-build.md'), 'utf8');
  const notes = template.replaceAll('{{version}}', version).replaceAll('{{commit}}', dirty ? `${commit} + uncommitted changes` : commit);
  zip.file('SOURCE-BUILD.md', notes, { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', platform: 'DOS', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Unpacks the source archive into a fresh folder and builds both browsers there; returns the folder. */
async function buildFromSource(sourceZip, label) {
  const dir = await mkdtemp(join(tmpdir(), `post-preflight-${label}-`));
  const zip = await JSZip.loadAsync(sourceZip);
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
  // The locked dependencies are already installed here (`npm ci`); the build reads them only.
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const run = spawnSync(process.execPath, ['scripts/build-ext.mjs', ...BROWSERS], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, PREFLIGHT_TEST_HOSTS: '' } });
  if (run.status !== 0) fail(`the build from the source archive failed (${label}):\n${run.stdout}\n${run.stderr}`);
  return dir;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const version = pkg.version;
  const versionProblem = manifestVersionProblem(version);
  if (versionProblem) fail(versionProblem);
  const changelog = await readFile(join(root, 'CHANGELOG.md'), 'utf8');
  const notes = changelogSection(changelog, version);
  if (!notes) fail(`CHANGELOG.md has no "## ${version}" section: write this version's entry first.`);
  // Built anyway (a release candidate to try), but the stores should not get it under these notes.
  if (unreleasedEntries(changelog)) console.warn(`release: CHANGELOG.md has "Unreleased" entries: this build has changes that the ${version} notes don't describe. Before submitting, set a new version in package.json and title that section with it.`);

  const tracked = inGit();
  const commit = tracked ? git('rev-parse', 'HEAD').trim() : 'unknown (not a git checkout)';
  const dirty = tracked && git('status', '--porcelain', '--untracked-files=no').trim() !== '';
  if (dirty && !args.allowDirty) fail('tracked files have uncommitted changes: commit them (or pass --allow-dirty to try the command out).');

  const out = resolve(root, args.out ?? join('dist/release', version));
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const name = (kind) => `post-preflight-${version}-${kind}.zip`;

  const source = await sourceArchive(version, commit, dirty);
  await writeFile(join(out, name('source')), source);
  const built = await buildFromSource(source, 'release');
  const artifacts = [name('chrome'), name('firefox'), name('source')];
  try {
    for (const browser of BROWSERS) {
      const manifest = JSON.parse(await readFile(join(built, 'dist', browser, 'manifest.json'), 'utf8'));
      if (manifest.version !== version) fail(`dist/${browser}/manifest.json has version ${manifest.version}, package.json ${version}`);
      await copyFile(join(built, 'dist', `post-preflight-${browser}.zip`), join(out, name(browser)));
    }
  } finally {
    await rm(built, { recursive: true, force: true });
  }
  await writeFile(join(out, 'RELEASE-NOTES.md'), `# Post Preflight ${version}\n\n${notes}\n`);
  const sums = [];
  for (const file of artifacts) sums.push(`${await sha256(join(out, file))}  ${file}`);
  await writeFile(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);

  if (args.verify) {
    const again = await buildFromSource(await readFile(join(out, name('source'))), 'verify');
    try {
      for (const browser of BROWSERS) {
        const first = await sha256(join(out, name(browser)));
        const second = await sha256(join(again, 'dist', `post-preflight-${browser}.zip`));
        if (first !== second) fail(`not reproducible: two builds of ${name(browser)} differ (${first} vs ${second})`);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
    console.log('verified: a second clean build from the source archive gives byte-identical zips');
  }
  console.log(`Post Preflight ${version} (${tracked ? commit.slice(0, 12) : 'not a git checkout'}${dirty ? ', uncommitted changes' : ''}) → ${out}`);
  for (const line of sums) console.log(`  ${line}`);
}

await main();
