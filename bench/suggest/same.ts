/**
 * `npm run bench:suggest:same -- write <file>` / `-- check <file>`: proof that a change meant only
 * to make the suggester faster leaves every suggestion exactly as it was. `write` stores, for
 * every corpus post (both splits), the repository's fixtures and posts, under several limit
 * sets, with the post's first paragraph typed into (the cached path) and with its title typed into
 * (the body's remembered work), every suggestion the
 * suggester returns (text, score parts, steps, source range), as JSON. `check` computes them
 * again and compares. Keep the file OUTSIDE the repository: it holds other people's text.
 *
 * Held-out posts are compared but never printed (they are not looked at while tuning): a
 * difference there shows only as the post's id.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/parse/post';
import { resolveSchema } from '../../src/core/schema/defaults';
import { suggestDescriptions } from '../../src/core/suggest/descriptions';
import { largePost, sizeFixture } from '../size-fixture';
import { loadCorpus, repoRoot } from './corpus';

/** The schema's defaults, then wider and narrower limits (other shortenings and joins win there). */
const LIMITS: Array<[number, number, number] | undefined> = [undefined, [50, 160, 1000], [100, 300, 1900], [70, 120, 700]];

interface Case {
  id: string;
  /** Printed when it differs (false for held-out posts). */
  show: boolean;
  input: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  const loaded = loadCorpus();
  if (!loaded.ok) throw new Error(loaded.message);
  for (const p of loaded.posts) out.push({ id: p.id, show: p.split === 'tune', input: p.input });
  for (const f of ['demo/sample-post.md', 'tests/fixtures/posts/generated-10kb.md']) {
    const path = join(repoRoot, f);
    if (existsSync(path)) out.push({ id: f, show: true, input: readFileSync(path, 'utf8') });
  }
  out.push({ id: 'size-fixture 10 KB', show: true, input: sizeFixture() }, { id: 'size-fixture 200 KB', show: true, input: largePost() });
  return out;
}

/** The same text with one word of its first prose line changed (a cache keyed on the opening must miss; one keyed on the rest must hit). */
function typed(input: string, word: string): string {
  return input.replace(/^([A-Z][^\n]*?) (\w+)([^\n]*)$/m, `$1 ${word}$3`);
}

/** The same text with a word added to its title (a cache keyed on the body must hit, and still give what the new title asks for). */
function retitled(input: string, word: string): string {
  return input.replace(/^(title:[ \t]*)(["']?)(.*?)\2[ \t]*$/m, (_all, key: string, quote: string, value: string) => `${key}${quote}${value} ${word}${quote}`);
}

function run(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of cases()) {
    LIMITS.forEach((l, li) => {
      const schema = l ? resolveSchema({ descriptionMinLength: l[0], descriptionMaxLength: l[1], descriptionMaxPixels: l[2] }) : resolveSchema();
      const suggest = (text: string) => suggestDescriptions({ ...parsePost(text), schema, options: { rules: {}, extraTrackingParams: [] } });
      out[`${c.id} #${li}`] = suggest(c.input);
      // Typed into, then back: the remembered choice must place its ranges again in the original.
      out[`${c.id} #${li} typed`] = suggest(typed(c.input, 'meanwhile'));
      out[`${c.id} #${li} again`] = suggest(c.input);
      // The title typed into: the body's work is remembered, what depends on the title is not.
      out[`${c.id} #${li} retitled`] = suggest(retitled(c.input, 'notes'));
      out[`${c.id} #${li} retitled twice`] = suggest(retitled(c.input, 'guide'));
    });
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.log('Usage: npm run bench:suggest:same -- write <file> | check <file>   (keep <file> outside the repository)');
  process.exit(2);
}
const show = new Map(cases().map((c) => [c.id, c.show]));
const started = performance.now();
const now = run();
const ms = performance.now() - started;
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`${Object.keys(now).length} suggestion lists written to ${file} (${ms.toFixed(0)} ms)`);
} else {
  const was = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  const differ = [...keys].filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]));
  for (const k of differ) {
    const id = k.replace(/ #\d.*$/, '');
    if (!show.get(id)) {
      console.log(`DIFFERS: ${k} (held-out: not shown; ${differingFields(was[k], now[k])})`);
      continue;
    }
    console.log(`DIFFERS: ${k}\n  was: ${JSON.stringify(was[k])}\n  now: ${JSON.stringify(now[k])}`);
  }
  console.log(`${keys.size} suggestion lists compared with ${file}: ${differ.length ? `${differ.length} DIFFER` : 'all identical'} (${ms.toFixed(0)} ms)`);
  process.exitCode = differ.length ? 1 : 0;
}

/** Which fields of a list's suggestions differ (a held-out post's texts are not printed, only this). */
function differingFields(a: unknown, b: unknown): string {
  const xs = Array.isArray(a) ? (a as Array<Record<string, unknown>>) : [];
  const ys = Array.isArray(b) ? (b as Array<Record<string, unknown>>) : [];
  if (xs.length !== ys.length) return `${xs.length} suggestions were ${ys.length}`;
  const fields = new Set<string>();
  xs.forEach((x, i) => {
    for (const f of new Set([...Object.keys(x), ...Object.keys(ys[i]!)])) if (JSON.stringify(x[f]) !== JSON.stringify(ys[i]![f])) fields.add(f);
  });
  return `fields that differ: ${[...fields].join(', ')}`;
}
