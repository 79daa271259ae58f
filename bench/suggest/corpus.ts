/**
 * The evaluation corpus: real posts whose authors wrote their own description. The manifest
 * (repo, path, commit, field, kind, language, split, sha256) is in the repository; the posts are
 * other people's text and are kept outside it, in $SUGGEST_CORPUS (or ../shared/suggest-corpus).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export type Kind = 'roundup' | 'tutorial' | 'essay';
export type Split = 'tune' | 'heldout';

export interface ManifestEntry {
  id: string;
  repo: string;
  path: string;
  commit: string;
  /** Frontmatter field holding the author's description (description, excerpt, summary, teaser). */
  field: string;
  kind: Kind;
  language: string;
  split: Split;
  sha256: string;
}

export interface CorpusPost extends ManifestEntry {
  title: string;
  /** The author's description, whitespace collapsed. */
  description: string;
  /** The markdown body (frontmatter removed). */
  body: string;
  /** What the suggester sees: the body under a frontmatter holding only the title. */
  input: string;
  /** False when the stored file differs from the manifest's version (then figures may differ). */
  sameVersion: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, whether this runs from bench/suggest (vitest) or bundled into .cache/bench: the nearest folder up with a package.json. */
export const repoRoot = ((): string => {
  for (let d = here; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return process.cwd();
  }
})();
export const MANIFEST_PATH = join(repoRoot, 'bench', 'suggest', 'corpus-manifest.json');

export function readManifest(): ManifestEntry[] {
  return (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { posts: ManifestEntry[] }).posts;
}

/** Where the corpus is: $SUGGEST_CORPUS, /work/shared/suggest-corpus, or ../shared/suggest-corpus next to the repository. */
export function corpusDir(): string {
  const candidates = [process.env.SUGGEST_CORPUS, '/work/shared/suggest-corpus', resolve(repoRoot, '..', 'shared', 'suggest-corpus')];
  for (const c of candidates) if (c && existsSync(join(c, 'posts'))) return c;
  return process.env.SUGGEST_CORPUS || resolve(repoRoot, '..', 'shared', 'suggest-corpus');
}

export const postFile = (dir: string, id: string) => join(dir, 'posts', `${id}.md`);
export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

/** YAML (---) or TOML (+++) frontmatter; the TOML reader knows top-level string keys only, which is all the corpus needs. */
export function splitFrontmatter(raw: string): Frontmatter {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fence = text.startsWith('---\n') ? '---' : text.startsWith('+++\n') ? '+++' : undefined;
  if (!fence) return { data: {}, body: text };
  const end = text.indexOf(`\n${fence}`, 3);
  if (end < 0) return { data: {}, body: text };
  const head = text.slice(4, end + 1);
  const after = text.indexOf('\n', end + 1);
  const body = after < 0 ? '' : text.slice(after + 1);
  const data = fence === '---' ? ((parseYaml(head) ?? {}) as Record<string, unknown>) : tomlStrings(head);
  return { data, body };
}

function tomlStrings(head: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const re = /^([A-Za-z_][\w-]*)\s*=\s*("""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/gm;
  const tableAt = head.search(/^\[/m);
  for (const m of head.matchAll(re)) {
    if (tableAt >= 0 && m.index! > tableAt) break;
    if (m[3] !== undefined) out[m[1]!] = unescapeBasic(m[3].replace(/\\\n\s*/g, ''));
    else if (m[4] !== undefined) out[m[1]!] = m[4];
    else if (m[5] !== undefined) out[m[1]!] = unescapeBasic(m[5]);
    else out[m[1]!] = m[6];
  }
  return out;
}

function unescapeBasic(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|[nt"\\])/g, (_, e: string) => (e[0] === 'u' ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === 'n' ? '\n' : e === 't' ? '\t' : e));
}

const getPath = (data: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Title, description and body of one stored post, and the text the suggester is given. */
export function readPost(entry: ManifestEntry, raw: string): CorpusPost {
  const { data, body } = splitFrontmatter(raw);
  const title = typeof data.title === 'string' ? collapse(data.title) : '';
  const value = getPath(data, entry.field);
  const description = typeof value === 'string' ? collapse(value) : '';
  // Only the title goes along: the author's description must not reach the suggester.
  const input = `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`;
  return { ...entry, title, description, body, input, sameVersion: sha256(raw) === entry.sha256 };
}

export type Loaded = { ok: true; dir: string; posts: CorpusPost[]; missing: string[] } | { ok: false; dir: string; message: string };

export function loadCorpus(): Loaded {
  const dir = corpusDir();
  const manifest = readManifest();
  const missing = manifest.filter((e) => !existsSync(postFile(dir, e.id))).map((e) => e.id);
  if (missing.length === manifest.length) {
    return {
      ok: false,
      dir,
      message:
        `The evaluation corpus is not on this machine (looked in ${dir}).\n` +
        `It is ${manifest.length} real posts by other people, so it is not kept in the repository. To get it:\n` +
        `  npm run bench:suggest:fetch            # each repo@commit:path of bench/suggest/corpus-manifest.json, sha256-checked (SUGGEST_MIRRORS=dir of git mirrors works offline)\n` +
        `  SUGGEST_CORPUS=/some/dir npm run bench:suggest:fetch && SUGGEST_CORPUS=/some/dir npm run bench:suggest\n` +
        `(or point SUGGEST_CORPUS at a copy someone already has).`,
    };
  }
  const posts = manifest.filter((e) => !missing.includes(e.id)).map((e) => readPost(e, readFileSync(postFile(dir, e.id), 'utf8')));
  return { ok: true, dir, posts, missing };
}
