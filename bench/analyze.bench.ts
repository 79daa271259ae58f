/**
 * `npm run bench`: analyze() (all rules + preview HTML + suggestions) against one bare
 * marked.parse of the same text, interleaved in one run, for a ~10 KB and a ~200 KB post;
 * then Yoast's assessors on the same post. Prints figures only: timings are never asserted.
 * Targets (from the issue): analyze ≤ 2.5× bare parse; analyze ≥ 100× faster than Yoast.
 */
import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { analyze } from '../src/core/index';
import { SIZE_FIXTURE_PATH, largePost } from './size-fixture';
import { median, p95, time } from './stats';
import { yoastRunner } from './yoast';

interface Case {
  name: string;
  text: string;
  warmup: number;
  iterations: number;
  yoastIterations: number;
  /** Yoast on a 200 KB post takes 10 s or more a run: one cold run is enough to compare against a ≥ 100× target. */
  yoastWarmup: boolean;
}

const cases: Case[] = [
  { name: '~10 KB', text: readFileSync(SIZE_FIXTURE_PATH, 'utf8'), warmup: 50, iterations: 400, yoastIterations: 10, yoastWarmup: true },
  { name: '~200 KB', text: largePost(), warmup: 5, iterations: 40, yoastIterations: 1, yoastWarmup: false },
];

const ms = (n: number) => `${n.toFixed(3)} ms`;
const row = (label: string, s: number[]) => `  ${label.padEnd(28)} median ${ms(median(s)).padStart(12)}   p95 ${ms(p95(s)).padStart(12)}   (n=${s.length})`;

console.log(`node ${process.version}; analyze vs bare marked.parse, interleaved; then Yoast SEO+content assessors\n`);
for (const c of cases) {
  const bare = () => marked.parse(c.text, { async: false });
  const full = () => analyze(c.text);
  for (let i = 0; i < c.warmup; i++) {
    bare();
    full();
  }
  const bareSamples: number[] = [];
  const fullSamples: number[] = [];
  for (let i = 0; i < c.iterations; i++) {
    // Alternate which goes first so neither always runs on a cache the other warmed.
    if (i % 2 === 0) {
      bareSamples.push(time(bare));
      fullSamples.push(time(full));
    } else {
      fullSamples.push(time(full));
      bareSamples.push(time(bare));
    }
  }
  const report = analyze(c.text);
  const title = String(report.frontmatter.data.title ?? '');
  const description = report.suggestions[0]?.text ?? '';
  const runYoast = yoastRunner({ html: report.html, title, description, keyword: title.split(/\s+/).slice(1, 3).join(' ') });
  if (c.yoastWarmup) runYoast();
  const yoastSamples: number[] = [];
  for (let i = 0; i < c.yoastIterations; i++) yoastSamples.push(time(runYoast));

  const ratio = median(fullSamples) / median(bareSamples);
  const yoastRatio = median(yoastSamples) / median(fullSamples);
  console.log(`${c.name} post (${(c.text.length / 1024).toFixed(1)} KiB, ${report.diagnostics.length} diagnostics, ${report.links.length} links)`);
  console.log(row('bare marked.parse', bareSamples));
  console.log(row('analyze (rules+html+suggest)', fullSamples));
  console.log(row('yoast seo+content assessors', yoastSamples));
  console.log(`  analyze / bare parse: ${ratio.toFixed(2)}× (target ≤ 2.5×)   yoast / analyze: ${yoastRatio.toFixed(0)}× (target ≥ 100×)\n`);
}
