/**
 * `npm run bench:suggest`: SEO description suggestions against the descriptions real authors
 * wrote, on the corpus listed in bench/suggest/corpus-manifest.json (fetched into
 * $SUGGEST_CORPUS; see bench/suggest/corpus.ts). Prints, for both splits and per post kind and
 * language: ROUGE-1/2/L F1 of the top suggestion and of the best of the top three, of two
 * baselines (title alone, lead paragraph cut at 156 characters) and of the extractive oracle
 * (best single sentence); and the suggestions' shape: cut with "…", posts with fewer than three,
 * share within 110–156 characters and within the schema's limits.
 *
 * "before #12" is the suggester as it was before issue #12 (frozen in bench/suggest/before), run
 * on the same posts in the same run, so every figure has its before and after side by side.
 *
 * `--posts` also prints each TUNING post's suggestions (never the held-out ones: those are
 * not looked at while tuning).
 */
import { parsePost } from '../src/core/parse/post';
import { resolveSchema } from '../src/core/schema/defaults';
import { suggestDescriptions } from '../src/core/suggest/descriptions';
import { DESCRIPTION_FONT_PX, textWidth } from '../src/core/text/pixel-width';
import type { DescriptionSuggestion } from '../src/core/types';
import { suggestDescriptions as suggestBefore } from './suggest/before/descriptions';
import { leadBaseline, oracle, postText } from './suggest/baselines';
import { loadCorpus, type CorpusPost } from './suggest/corpus';
import { bestOf, rouge, ZERO, type Rouge } from './suggest/rouge';

/**
 * The schema's description limits, or others for comparison: SUGGEST_LIMITS="minChars,minPx,maxChars,maxPx"
 * (e.g. 120,760,156,990). A minPx of 0 leaves it out.
 */
const schema = ((): ReturnType<typeof resolveSchema> => {
  const env = process.env.SUGGEST_LIMITS;
  if (!env) return resolveSchema();
  const [minLength, minPx, maxLength, maxPx] = env.split(',').map(Number);
  return { ...resolveSchema({ descriptionMinLength: minLength, descriptionMaxLength: maxLength, descriptionMaxPixels: maxPx }), ...(minPx ? { descriptionMinPixels: minPx } : {}) };
})();
const PROSE_FOR_THREE = 300;

export function suggestFor(input: string): DescriptionSuggestion[] {
  return suggestDescriptions({ ...parsePost(input), schema, options: { rules: {}, extraTrackingParams: [] } });
}

/** The same post through the suggester as it was before issue #12. */
export function suggestBeforeFor(input: string): Shaped[] {
  return suggestBefore({ ...parsePost(input), schema, options: { rules: {}, extraTrackingParams: [] } });
}

/** What the shape figures need of a suggestion (the old suggester's results have no score parts beyond these). */
type Shaped = Pick<DescriptionSuggestion, 'text' | 'length'>;
const timing = { after: 0, before: 0 };

interface Result {
  post: CorpusPost;
  suggestions: DescriptionSuggestion[];
  before: Shaped[];
  top1: Rouge;
  best3: Rouge;
  beforeTop1: Rouge;
  beforeBest3: Rouge;
  lead: Rouge;
  title: Rouge;
  oracle: Rouge;
  proseChars: number;
}

/**
 * Times the suggester alone: each suggester gets a parse of its own, made beforehand and not
 * timed (parsing is the same for both, and whichever parsed second found the frontmatter parse
 * cached and the parser warmed up; both also place tokens in a cache kept per parse). Which one
 * runs first alternates from post to post.
 */
function timed<T>(input: string, suggest: (ctx: Parameters<typeof suggestDescriptions>[0]) => T, into: 'after' | 'before'): T {
  const ctx = { ...parsePost(input), schema, options: { rules: {}, extraTrackingParams: [] } };
  const t = performance.now();
  const out = suggest(ctx);
  timing[into] += performance.now() - t;
  return out;
}

let evaluated = 0;
function evaluate(post: CorpusPost): Result {
  const text = postText(post.input);
  let suggestions: DescriptionSuggestion[];
  let before: Shaped[];
  if (evaluated++ % 2 === 0) {
    suggestions = timed(post.input, suggestDescriptions, 'after');
    before = timed(post.input, suggestBefore, 'before');
  } else {
    before = timed(post.input, suggestBefore, 'before');
    suggestions = timed(post.input, suggestDescriptions, 'after');
  }
  const scores = suggestions.map((s) => rouge(s.text, post.description));
  const beforeScores = before.map((s) => rouge(s.text, post.description));
  return {
    post,
    suggestions,
    before,
    top1: scores[0] ?? ZERO,
    best3: bestOf(scores.slice(0, 3)),
    beforeTop1: beforeScores[0] ?? ZERO,
    beforeBest3: bestOf(beforeScores.slice(0, 3)),
    lead: rouge(leadBaseline(text), post.description),
    title: rouge(post.title, post.description),
    oracle: oracle(text, post.description).score,
    proseChars: text.proseChars,
  };
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const avg = (rs: readonly Rouge[]): Rouge => ({ r1: mean(rs.map((r) => r.r1)), r2: mean(rs.map((r) => r.r2)), rl: mean(rs.map((r) => r.rl)) });
const f = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));
const r3 = (r: Rouge) => `${f(r.r1)} ${f(r.r2)} ${f(r.rl)}`;

const SYSTEMS = ['top1', 'best3', 'beforeTop1', 'beforeBest3', 'lead', 'title', 'oracle'] as const;
const LABEL: Record<(typeof SYSTEMS)[number], string> = {
  top1: 'top suggestion',
  best3: 'best of top 3',
  beforeTop1: 'before #12: top suggestion',
  beforeBest3: 'before #12: best of top 3',
  lead: 'lead paragraph cut at 156',
  title: 'title alone',
  oracle: 'oracle: best single sentence',
};

function table(title: string, groups: Array<[string, Result[]]>): void {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(30)}${groups.map(([g, rs]) => `${`${g} (n=${rs.length})`.padEnd(20)}`).join('')}`);
  console.log(`  ${''.padEnd(30)}${groups.map(() => 'R-1   R-2   R-L    ').join(' ')}`);
  for (const s of SYSTEMS) console.log(`  ${LABEL[s].padEnd(30)}${groups.map(([, rs]) => `${r3(avg(rs.map((r) => r[s])))} `).join(' ')}`);
  const ratio = groups.map(([, rs]) => avg(rs.map((r) => r.top1)).r1 / avg(rs.map((r) => r.oracle)).r1);
  console.log(`  ${'top-1 R-1 / oracle R-1'.padEnd(30)}${ratio.map((x) => `${f(x)}`.padEnd(20)).join(' ')}`);
  const beats = groups.map(([, rs]) => {
    const t = avg(rs.map((r) => r.top1)).r1;
    return `${t > avg(rs.map((r) => r.lead)).r1 ? 'yes' : 'NO '} / ${t > avg(rs.map((r) => r.title)).r1 ? 'yes' : 'NO '}`;
  });
  console.log(`  ${'top-1 above lead / title'.padEnd(30)}${beats.map((b) => b.padEnd(20)).join(' ')}`);
}

function shape(label: string, rs: Result[], which: 'suggestions' | 'before'): void {
  const all: Shaped[] = rs.flatMap((r) => r[which]);
  const cut = all.filter((s) => s.text.endsWith('…') || s.text.endsWith('...')).length;
  const eligible = rs.filter((r) => r.proseChars >= PROSE_FOR_THREE);
  const fewer = eligible.filter((r) => new Set(r[which].map((s) => s.text)).size < 3);
  const in110 = all.filter((s) => s.length >= 110 && s.length <= 156).length;
  const inSchema = all.filter((s) => s.length <= schema.descriptionMaxLength && textWidth(s.text, DESCRIPTION_FONT_PX) <= schema.descriptionMaxPixels).length;
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
  console.log(
    `  ${label.padEnd(10)} suggestions ${String(all.length).padStart(4)}  cut with "…": ${cut}   posts ≥ ${PROSE_FOR_THREE} chars of prose with < 3 distinct: ${fewer.length}/${eligible.length}` +
      `   110–156 chars: ${pct(in110, all.length)}   within schema max chars+px: ${pct(inSchema, all.length)}`,
  );
  if (fewer.length && which === 'suggestions') console.log(`    fewer than 3: ${fewer.map((r) => `${r.post.id} (${r.suggestions.length})`).join(', ')}`);
}

function main(): void {
  const loaded = loadCorpus();
  if (!loaded.ok) {
    console.log(loaded.message);
    return;
  }
  const started = performance.now();
  const results = loaded.posts.map(evaluate);
  const ms = performance.now() - started;
  const repos = new Set(loaded.posts.map((p) => p.repo)).size;
  console.log(`Corpus: ${loaded.posts.length} posts from ${repos} repositories in ${loaded.dir}${loaded.missing.length ? ` (${loaded.missing.length} missing: ${loaded.missing.join(', ')})` : ''}`);
  const changed = loaded.posts.filter((p) => !p.sameVersion);
  if (changed.length) console.log(`WARNING: ${changed.length} stored posts differ from the manifest's version: ${changed.map((p) => p.id).join(', ')}`);
  const minPx = (schema as { descriptionMinPixels?: number }).descriptionMinPixels;
  console.log(`Limits: ${schema.descriptionMinLength}–${schema.descriptionMaxLength} characters, ${minPx ? `${minPx}–` : 'at most '}${schema.descriptionMaxPixels} px${process.env.SUGGEST_LIMITS ? ' (SUGGEST_LIMITS)' : " (the schema's defaults)"}. ROUGE F1 against each author's description; CJK scored per character.`);

  const split = (s: string) => results.filter((r) => r.post.split === s);
  const splits: Array<[string, Result[]]> = [
    ['tune', split('tune')],
    ['held-out', split('heldout')],
    ['all', results],
  ];
  table('Both splits', splits);
  for (const [name, rs] of splits.slice(0, 2)) {
    const kinds = [...new Set(rs.map((r) => r.post.kind))].sort();
    table(`${name}: per kind`, kinds.map((k) => [k, rs.filter((r) => r.post.kind === k)]));
    const langs = [...new Set(rs.map((r) => r.post.language))].sort();
    table(`${name}: per language`, langs.map((l) => [l, rs.filter((r) => r.post.language === l)]));
  }
  console.log('\nShape of the suggestions (now)');
  for (const [name, rs] of splits) shape(name, rs, 'suggestions');
  console.log('Shape of the suggestions before #12 (same posts, same run)');
  for (const [name, rs] of splits) shape(name, rs, 'before');
  const per = (x: number) => (x / results.length).toFixed(1);
  console.log(`\n${results.length} posts evaluated in ${ms.toFixed(0)} ms. Suggesting alone (parsing not timed): now ${per(timing.after)} ms a post, before #12 ${per(timing.before)} ms a post (${(timing.after / timing.before).toFixed(2)}×; one pass, first call includes warm-up).`);

  const held = avg(split('heldout').map((r) => r.top1)).r1;
  const heldOracle = avg(split('heldout').map((r) => r.oracle)).r1;
  console.log(`Target: held-out top-1 R-1 ≥ 0.85 × oracle: ${f(held)} vs ${f(0.85 * heldOracle)} → ${held >= 0.85 * heldOracle ? 'met' : 'NOT met'} (${f(held / heldOracle)} × oracle)`);

  if (process.argv.includes('--posts')) {
    console.log('\nTuning posts (held-out posts are not printed):');
    for (const r of split('tune')) {
      console.log(`\n[${r.post.kind}/${r.post.language}] ${r.post.id}  R-1 top ${f(r.top1.r1)} lead ${f(r.lead.r1)} title ${f(r.title.r1)} oracle ${f(r.oracle.r1)}`);
      console.log(`  title:  ${r.post.title}\n  author: ${r.post.description}`);
      r.suggestions.slice(0, 3).forEach((s, i) => console.log(`  ${i + 1}. ${s.text}  [${s.how.join("; ")}] [${JSON.stringify(s.score)}]`));
      r.before.slice(0, 1).forEach((s) => console.log(`  before #12: ${s.text}`));
    }
  }
}

main();
