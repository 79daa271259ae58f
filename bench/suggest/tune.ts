/**
 * `npm run bench:suggest:tune`: how the score weights (src/core/suggest/score.ts WEIGHTS) were
 * chosen. On the TUNING split only: every candidate the suggester generates, with its score
 * parts and its ROUGE-1 against the author's description; then a grid search for the weights
 * whose top candidate scores best. Held-out posts are never read here.
 */
import { parsePost } from '../../src/core/parse/post';
import { resolveSchema } from '../../src/core/schema/defaults';
import { scoredCandidates } from '../../src/core/suggest/descriptions';
import { WEIGHTS } from '../../src/core/suggest/score';
import type { SuggestionScore } from '../../src/core/types';
import { loadCorpus } from './corpus';
import { rouge } from './rouge';

type Part = Exclude<keyof SuggestionScore, 'total'>;
const PARTS: Part[] = ['titleWords', 'topic', 'summary', 'position', 'length', 'clarity', 'form'];
const GRID = [0, 0.15, 0.3, 0.45];

const loaded = loadCorpus();
if (!loaded.ok) {
  console.log(loaded.message);
} else {
  const schema = (() => {
    const env = process.env.SUGGEST_LIMITS;
    if (!env) return resolveSchema();
    const [minLength, minPx, maxLength, maxPx] = env.split(',').map(Number);
    return { ...resolveSchema({ descriptionMinLength: minLength, descriptionMaxLength: maxLength, descriptionMaxPixels: maxPx }), ...(minPx ? { descriptionMinPixels: minPx } : {}) };
  })();
  const posts = loaded.posts.filter((p) => p.split === 'tune');
  const data = posts.map((p) => {
    // The pool the product chooses from, so the grid's figure is what it would offer with those weights.
    const cands = scoredCandidates({ ...parsePost(p.input), schema, options: { rules: {}, extraTrackingParams: [] } }, 'offered');
    return cands.map((c) => ({ parts: c.score, r1: rouge(c.text, p.description).r1, position: c.score.position, text: c.text, post: p }));
  });
  const pick = (w: Record<Part, number>) => {
    let sum = 0;
    for (const cands of data) {
      let best = -Infinity;
      let r1 = 0;
      for (const c of cands) {
        const t = PARTS.reduce((a, k) => a + w[k] * c.parts[k], 0);
        if (t > best + 1e-9) {
          best = t;
          r1 = c.r1;
        }
      }
      sum += r1;
    }
    return sum / data.length;
  };
  const pool = data.reduce((a, c) => a + Math.max(0, ...c.map((x) => x.r1)), 0) / data.length;
  console.log(`Tuning split: ${posts.length} posts, ${data.reduce((a, c) => a + c.length, 0)} candidates. Best candidate in the pool (an upper bound for ranking): R-1 ${pool.toFixed(3)}`);
  console.log(`Current weights ${JSON.stringify(WEIGHTS)}: top-1 R-1 ${pick(WEIGHTS).toFixed(3)}`);
  // `--fix clarity=0.45,form=0.4`: parts held at a value (clarity and form are what an editor
  // reads, which ROUGE does not see: a grid free to zero them trades readability for overlap).
  const fixArg = process.argv[process.argv.indexOf('--fix') + 1];
  const fixed = new Map<string, number>(process.argv.includes('--fix') && fixArg ? fixArg.split(',').map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])] as [string, number]) : []);
  let best = { r1: -1, w: WEIGHTS as Record<Part, number> };
  const w = {} as Record<Part, number>;
  const walk = (i: number) => {
    if (i === PARTS.length) {
      const r1 = pick(w);
      if (r1 > best.r1 + 1e-9) best = { r1, w: { ...w } };
      return;
    }
    const fixedAt = fixed.get(PARTS[i]!);
    for (const g of fixedAt === undefined ? GRID : [fixedAt]) {
      w[PARTS[i]!] = g;
      walk(i + 1);
    }
  };
  walk(0);
  if (process.argv.includes('--show')) {
    for (const cands of data) {
      if (!cands.length) continue;
      const top = cands.reduce((a, b) => (b.parts.total > a.parts.total ? b : a));
      const best = cands.reduce((a, b) => (b.r1 > a.r1 ? b : a));
      console.log(`\n${cands[0]!.post.id} (${cands[0]!.post.kind}/${cands[0]!.post.language})\n  author ${cands[0]!.post.description}\n  top    ${top.r1.toFixed(2)} ${top.text}\n  best   ${best.r1.toFixed(2)} ${best.text}`);
    }
  }
  console.log(`Best on the grid ${JSON.stringify(best.w)}: top-1 R-1 ${best.r1.toFixed(3)}`);
}
