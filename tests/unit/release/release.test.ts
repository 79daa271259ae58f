import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const out = mkdtempSync(join(tmpdir(), 'post-preflight-release-test-'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * `npm run release` for real (nothing is published): both store zips, the AMO source archive,
 * checksums and notes; `--verify` rebuilds from a second unpacked copy of the source archive,
 * in another folder, and fails unless every zip is byte-identical (reproducible builds).
 */
describe('npm run release', () => {
  let log = '';
  beforeAll(() => {
    log = execFileSync(process.execPath, ['scripts/release.mjs', '--allow-dirty', '--verify', '--out', out], { cwd: root, encoding: 'utf8' });
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds twice from the source archive and gets byte-identical zips', () => {
    expect(log).toContain('verified: a second clean build from the source archive gives byte-identical zips');
  });

  it('writes the three zips, the notes and correct checksums', () => {
    const names = ['chrome', 'firefox', 'source'].map((k) => `post-preflight-${version}-${k}.zip`);
    expect(readdirSync(out).sort()).toEqual([...names, 'RELEASE-NOTES.md', 'SHA256SUMS'].sort());
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toEqual(names.map((n) => `${sha256(join(out, n))}  ${n}`));
    expect(readFileSync(join(out, 'RELEASE-NOTES.md'), 'utf8')).toMatch(new RegExp(`^# Post Preflight ${version.replace(/\./g, '\\.')}\\n\\n\\S`));
  });

  it("puts package.json's version into both manifests", async () => {
    for (const browser of ['chrome', 'firefox']) {
      const zip = await JSZip.loadAsync(readFileSync(join(out, `post-preflight-${version}-${browser}.zip`)));
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest.version).toBe(version);
      // Never a test-hosts build: only the built-in local editor addresses (editor drivers are injected there).
      expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
      // Every editor's driver bundle ships, and the loader that every matching page runs carries none.
      for (const editor of ['codemirror5', 'codemirror6', 'decap', 'monaco', 'sveltia']) expect(zip.file(`page-drivers/${editor}.js`), editor).not.toBeNull();
    }
  });

  it('gives AMO the sources, the lockfile and build instructions, with no build output or dependencies', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `post-preflight-${version}-source.zip`)));
    const files = Object.keys(zip.files);
    for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'scripts/build-ext.mjs', 'src/background/index.ts', 'SOURCE-BUILD.md']) expect(files).toContain(f);
    expect(files.filter((f) => /^(node_modules|dist|\.cache)\//.test(f))).toEqual([]);
    const instructions = await zip.file('SOURCE-BUILD.md')!.async('string');
    expect(instructions).toContain(`Post Preflight ${version}`);
    expect(instructions).toContain('npm ci');
  });
});
