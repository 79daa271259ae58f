/**
 * `npm run bench:fix`: `applyFixes` (O(n log n)) against the original re-sorting version
 * (`applyFixesByResorting`, O(n² log n)) on the same fixes, in one run; then the whole
 * `--fix` loop on a 20 MB post. Prints figures only; timings are never asserted.
 *
 * The original needs ~12 s for 16k fixes and minutes for 32k, so by default it runs up to
 * 16k fixes; `node .cache/bench/fix.bench.js --old-max=32000` runs it on 32k too.
 */
import { applyFixes, applyFixesByResorting } from '../src/core/fix';
import { analyze } from '../src/core/index';
import { fixPost } from '../src/cli/fix-loop';
import type { TextEdit } from '../src/core/types';
import { makePost } from './make-post';
import { time } from './stats';

const oldMax = Number(/--old-max=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 16_000);
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 1)} s`;

/** n tracking-parameter fixes like a post with n dirty links: `?utm_source=x` removed, one edit each. */
function trackingFixes(n: number): { text: string; fixes: { edits: TextEdit[] }[] } {
  const link = (i: number) => `See [page ${i}](https://example.org/p/${i}?utm_source=news) today.\n`;
  let text = '';
  const fixes: { edits: TextEdit[] }[] = [];
  for (let i = 0; i < n; i++) {
    const line = link(i);
    const q = line.indexOf('?utm_source');
    fixes.push({ edits: [{ start: text.length + q, end: text.length + q + '?utm_source=news'.length, text: '' }] });
    text += line;
  }
  return { text, fixes };
}

console.log('applyFixes: n one-edit fixes (tracking parameters), new vs original, same input');
console.log('fixes     new          original     ratio');
for (const n of [4_000, 8_000, 16_000, 32_000]) {
  const { text, fixes } = trackingFixes(n);
  let out = '';
  const fresh = time(() => (out = applyFixes(text, fixes).text));
  let old = NaN;
  if (n <= oldMax) {
    let reference = '';
    old = time(() => (reference = applyFixesByResorting(text, fixes).text));
    if (reference !== out) throw new Error(`different output at n=${n}`);
  }
  const ratio = Number.isNaN(old) ? '(not run, see --old-max)' : `${(old / fresh).toFixed(0)}×`;
  console.log(`${String(n).padEnd(9)} ${seconds(fresh).padEnd(12)} ${(Number.isNaN(old) ? '-' : seconds(old)).padEnd(12)} ${ratio}`);
}

const MB = 1024 * 1024;
const big = makePost(20 * MB, 7);
let fixes: { edits: TextEdit[] }[] = [];
const analyzeMs = time(() => (fixes = analyze(big, { preview: false, suggestions: false }).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []))));
console.log(`\n20 MB post (${(big.length / MB).toFixed(1)} M characters): analyze ${seconds(analyzeMs)}, ${fixes.length} fixes`);
const fresh = time(() => applyFixes(big, fixes));
console.log(`  applyFixes once: ${seconds(fresh)}${fixes.length <= oldMax ? `, original ${seconds(time(() => applyFixesByResorting(big, fixes)))}` : ' (original not run: quadratic, see --old-max)'}`);
let passes = 0;
const loopMs = time(() => (passes = fixPost(big).passes));
console.log(`  whole --fix loop (fixPost, ${passes} passes): ${seconds(loopMs)}`);
