#!/usr/bin/env node
/**
 * `npm run bench:suggest:fetch`: puts the evaluation corpus of bench:suggest (real posts by other
 * people, listed with repo, commit, path and sha256 in bench/suggest/corpus-manifest.json) into
 * $SUGGEST_CORPUS/posts (default ../shared/suggest-corpus next to the repository). Never into the
 * repository. Each post comes from a local git mirror when SUGGEST_MIRRORS names a folder of
 * `owner+name/repo` git directories, else from raw.githubusercontent.com at the listed commit;
 * every file is checked against its sha256.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { posts } = JSON.parse(readFileSync(join(root, 'bench/suggest/corpus-manifest.json'), 'utf8'));
const out = join(process.env.SUGGEST_CORPUS || resolve(root, '..', 'shared', 'suggest-corpus'), 'posts');
const mirrors = process.env.SUGGEST_MIRRORS;
mkdirSync(out, { recursive: true });

async function get(entry) {
  const gitDir = mirrors && join(mirrors, entry.repo.replace('/', '+'), 'repo');
  if (gitDir && existsSync(gitDir)) return execFileSync('git', ['--git-dir', gitDir, 'show', `${entry.commit}:${entry.path}`], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const res = await fetch(`https://raw.githubusercontent.com/${entry.repo}/${entry.commit}/${entry.path.split('/').map(encodeURIComponent).join('/')}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

let ok = 0;
const failed = [];
for (const entry of posts) {
  const file = join(out, `${entry.id}.md`);
  try {
    const data = await get(entry);
    const sum = createHash('sha256').update(data).digest('hex');
    if (sum !== entry.sha256) throw new Error(`sha256 ${sum} differs from the manifest's`);
    writeFileSync(file, data);
    ok++;
  } catch (error) {
    failed.push(`${entry.id}: ${error.message}`);
  }
}
console.log(`${ok} of ${posts.length} posts in ${out}`);
if (failed.length) {
  console.log(`Not fetched:\n  ${failed.join('\n  ')}`);
  process.exitCode = ok ? 0 : 1;
}
