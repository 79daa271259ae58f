/**
 * bench:markdownlint — our structure rules against markdownlint on markdownlint's own test
 * fixtures (its test/*.md). Both run on every fixture; per rule pair we compare the lines each
 * flags. Agreement = lines both flag / lines either flags.
 *
 * The fixtures are not in this repository. Point MARKDOWNLINT_FIXTURES at a folder holding them
 * (default /work/shared/markdownlint-fixtures): the `test/*.md` files of a checkout of
 * github.com/DavidAnson/markdownlint, e.g.
 *   git clone --depth 1 https://github.com/DavidAnson/markdownlint /tmp/ml && mkdir -p DIR && cp /tmp/ml/test/*.md DIR/
 *
 * A fixture that switches a markdownlint rule off or gives it options
 * (`<!-- markdownlint-configure-file … -->`) is left out for that rule; lines markdownlint does
 * not report only because an inline `<!-- markdownlint-disable -->` comment says so are left out too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { analyze } from '../../src/core/analyze';
import { rules } from '../../src/core/rules/index';
import { pct, table } from './peers';

const dir = process.env.MARKDOWNLINT_FIXTURES ?? '/work/shared/markdownlint-fixtures';
if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.md'))) {
  console.error(`bench:markdownlint needs markdownlint's test fixtures in ${dir} (set MARKDOWNLINT_FIXTURES to another folder).`);
  console.error('Get them with: git clone --depth 1 https://github.com/DavidAnson/markdownlint /tmp/ml && mkdir -p DIR && cp /tmp/ml/test/*.md DIR/');
  process.exit(1);
}

/** markdownlint rule → its aliases, and our rule that checks the same thing. */
const PAIRS: { md: string; aliases: string[]; ours: string; only?: (data: Record<string, unknown> | undefined) => boolean; note?: string }[] = [
  { md: 'MD036', aliases: ['no-emphasis-as-heading'], ours: 'emphasis-as-heading' },
  { md: 'MD025', aliases: ['single-title', 'single-h1'], ours: 'single-h1' },
  { md: 'MD034', aliases: ['no-bare-urls'], ours: 'bare-url' },
  { md: 'MD045', aliases: ['no-alt-text'], ours: 'image-alt' },
  // empty-link-text also reports links without text, which MD042 does not check: only its empty-destination findings count here.
  { md: 'MD042', aliases: ['no-empty-links'], ours: 'empty-link-text', only: (data) => data?.emptyDestination === true, note: 'empty destinations only' },
  { md: 'MD011', aliases: ['no-reversed-links'], ours: 'reversed-link' },
];
const ourIds = new Set(rules.map((r) => r.id));

/** The effective configure-file setting of a rule: true, false or an options object. */
function configured(text: string, pair: (typeof PAIRS)[number]): unknown {
  let setting: unknown = true;
  for (const m of text.matchAll(/<!--\s*markdownlint-configure-file\s*([\s\S]*?)-->/g)) {
    let cfg: Record<string, unknown>;
    try {
      cfg = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    if (cfg.default === false) setting = false;
    for (const key of [pair.md, ...pair.aliases]) if (key in cfg) setting = cfg[key];
  }
  return setting;
}

function linesOf(results: readonly { lineNumber: number; ruleNames: string[] }[], md: string): Set<number> {
  return new Set(results.filter((r) => r.ruleNames.includes(md)).map((r) => r.lineNumber));
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const stats = PAIRS.map(() => ({ both: 0, mdOnly: 0, oursOnly: 0, files: 0, examples: [] as string[] }));
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const withInline = lint({ strings: { [file]: text }, handleRuleFailures: true })[file] ?? [];
  const withoutInline = lint({ strings: { [file]: text }, noInlineConfig: true, handleRuleFailures: true })[file] ?? [];
  const report = analyze(text, { preview: false, suggestions: false });
  PAIRS.forEach((pair, i) => {
    if (configured(text, pair) !== true) return;
    const s = stats[i]!;
    s.files++;
    const md = linesOf(withInline, pair.md);
    const silenced = linesOf(withoutInline, pair.md);
    const ours = new Set(report.diagnostics.filter((d) => d.ruleId === pair.ours && (!pair.only || pair.only(d.data))).map((d) => d.line));
    for (const line of new Set([...md, ...ours])) {
      if (!md.has(line) && silenced.has(line)) continue; // switched off by an inline comment
      if (md.has(line) && ours.has(line)) s.both++;
      else if (md.has(line)) {
        s.mdOnly++;
        if (s.examples.length < (process.argv.includes("--all") ? 1e9 : 12)) s.examples.push(`  only markdownlint: ${file}:${line}`);
      } else {
        s.oursOnly++;
        if (s.examples.length < (process.argv.includes("--all") ? 1e9 : 12)) s.examples.push(`  only ours:         ${file}:${line}`);
      }
    }
  });
}

console.log(`bench:markdownlint — ${files.length} fixtures from ${dir}`);
const rows: (string | number)[][] = [['markdownlint', 'ours', 'fixtures', 'both flag', 'only markdownlint', 'only ours', 'line agreement']];
PAIRS.forEach((pair, i) => {
  const s = stats[i]!;
  const name = (ourIds.has(pair.ours) ? pair.ours : `${pair.ours} (no such rule)`) + (pair.note ? ` (${pair.note})` : '');
  rows.push([`${pair.md} ${pair.aliases[0]}`, name, s.files, s.both, s.mdOnly, s.oursOnly, pct(s.both, s.both + s.mdOnly + s.oursOnly)]);
});
console.log('\n' + table(rows));
if (process.argv.includes('--verbose')) {
  PAIRS.forEach((pair, i) => {
    console.log(`\n${pair.md} vs ${pair.ours}:`);
    console.log(stats[i]!.examples.join('\n'));
  });
}
