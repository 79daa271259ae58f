/**
 * bench:yoast — our title-length and description-length rules against Yoast SEO's
 * PageTitleWidthAssessment and MetaDescriptionLengthAssessment (yoastseo, a GPL dev dependency
 * loaded from node_modules only), on the titles and descriptions in bench/reference/yoast/inputs.json.
 *
 * Yoast judges the title by its rendered width, which its editor measures in the page (20 px
 * Arial). Here headless Chromium measures it the same way (canvas, `20px Arial`), so Yoast gets
 * real widths; the same browser widths show how close our own estimate (src/core/text/pixel-width.ts)
 * is, for titles at 20 px and descriptions at 14 px. Chromium is /usr/bin/chromium (or CHROMIUM).
 * For the emoji and CJK widths the fonts browsers fall back to must be installed (Debian:
 * fonts-noto-color-emoji fonts-noto-cjk); without them Chromium measures its own fallback glyphs.
 *
 * Verdicts compared: titles "too wide or not" (we don't flag short titles: a short, clear blog
 * title is fine); descriptions "too short / fine / too long".
 */
import yoast from 'yoastseo';
import EnglishResearcherModule from 'yoastseo/build/languageProcessing/languages/en/Researcher.js';
import JapaneseResearcherModule from 'yoastseo/build/languageProcessing/languages/ja/Researcher.js';
import { chromium } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { textWidth } from '../../src/core/text/pixel-width';
import inputs from './yoast/inputs.json';
import { pct, table } from './peers';

type Ctor<T = unknown> = new (...args: unknown[]) => T;
interface AssessmentResult {
  getScore(): number;
  actual?: number;
}
const lib = yoast as unknown as {
  Paper: Ctor;
  assessments: { seo: { PageTitleWidthAssessment: Ctor<{ getResult(p: unknown, r: unknown): AssessmentResult }>; MetaDescriptionLengthAssessment: Ctor<{ getResult(p: unknown, r: unknown): AssessmentResult }> } };
};
const unwrap = (m: unknown) => ((m as { default?: unknown }).default ?? m) as Ctor;
const EnglishResearcher = unwrap(EnglishResearcherModule);
const JapaneseResearcher = unwrap(JapaneseResearcherModule);

async function browserWidths(texts: string[], px: number): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    return await page.evaluate(
      ({ texts, px }) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${px}px Arial`;
        return texts.map((t) => ctx.measureText(t).width);
      },
      { texts, px },
    );
  } finally {
    await browser.close();
  }
}

function researcherFor(lang: string, paper: unknown): unknown {
  return lang === 'ja' ? new JapaneseResearcher(paper) : new EnglishResearcher(paper);
}

function yoastTitleTooWide(title: string, width: number, lang: string): boolean {
  const paper = new lib.Paper('', { title, titleWidth: width, locale: lang });
  const result = new lib.assessments.seo.PageTitleWidthAssessment().getResult(paper, researcherFor(lang, paper));
  return result.getScore() === 3; // widthTooLong
}

function yoastDescription(description: string, lang: string): 'short' | 'ok' | 'long' {
  const paper = new lib.Paper('', { description, locale: lang });
  const assessment = new lib.assessments.seo.MetaDescriptionLengthAssessment();
  const result = assessment.getResult(paper, researcherFor(lang, paper));
  if (result.getScore() === 9) return 'ok';
  const max = (assessment as unknown as { getMaximumLength(l: string): number }).getMaximumLength(lang);
  return (result.actual ?? 0) > max ? 'long' : 'short';
}

function post(fields: Record<string, string>): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\ndate: 2026-01-01\n---\n\nBody.\n`;
}

function oursTitleTooWide(title: string, lang: string): boolean {
  const r = analyze(post({ title, lang }), { preview: false, suggestions: false });
  return r.diagnostics.some((d) => d.ruleId === 'title-length');
}

function oursDescription(description: string, lang: string): 'short' | 'ok' | 'long' {
  const r = analyze(post({ title: 'A title', description, lang }), { preview: false, suggestions: false });
  const d = r.diagnostics.find((x) => x.ruleId === 'description-length');
  if (!d) return 'ok';
  return (d.data as { tooShort?: boolean } | undefined)?.tooShort || /^The description is only/.test(d.message) ? 'short' : 'long';
}

const titles = inputs.titles;
const descriptions = inputs.descriptions;
// The probes come last: a CJK ideograph is as wide as the font size in any CJK font, and a color
// emoji at least that wide. Narrower means Chromium found no such font and drew fallback boxes.
const PROBES = ['漢', '🎉'];
const [measuredTitles, descWidths] = [await browserWidths([...titles.map((t) => t.text), ...PROBES], 20), await browserWidths(descriptions.map((d) => d.text), 14)];
const titleWidths = measuredTitles.slice(0, titles.length);
const [cjkProbe, emojiProbe] = measuredTitles.slice(titles.length) as [number, number];
const missingFonts = [Math.abs(cjkProbe - 20) > 2 && 'CJK font (Debian: fonts-noto-cjk)', emojiProbe < 18 && 'emoji font (Debian: fonts-noto-color-emoji)'].filter(Boolean);
const fontWarning = missingFonts.length
  ? `⚠ Chromium has no ${missingFonts.join(' and no ')}: it measures fallback boxes (漢 ${cjkProbe.toFixed(1)} px, 🎉 ${emojiProbe.toFixed(1)} px at 20 px), so the browser widths of the rows in those scripts, Yoast's verdicts on them and the width errors are wrong. Install the fonts and run again.`
  : '';

let titleSame = 0;
const titleRows: (string | number)[][] = [['title', 'browser px', 'our px', 'Yoast', 'ours']];
titles.forEach((t, i) => {
  const width = titleWidths[i]!;
  const y = yoastTitleTooWide(t.text, Math.round(width), t.lang);
  const o = oursTitleTooWide(t.text, t.lang);
  if (y === o) titleSame++;
  titleRows.push([(y === o ? '  ' : '≠ ') + [...t.text].slice(0, 48).join(''), Math.round(width), Math.round(textWidth(t.text, 20)), y ? 'too wide' : 'fine', o ? 'too wide' : 'fine']);
});

let descSame = 0;
const descRows: (string | number)[][] = [['description', 'chars', 'browser px', 'our px', 'Yoast', 'ours']];
descriptions.forEach((d, i) => {
  const y = yoastDescription(d.text, d.lang);
  const o = oursDescription(d.text, d.lang);
  if (y === o) descSame++;
  descRows.push([(y === o ? '  ' : '≠ ') + `${d.lang} ` + [...d.text].slice(0, 40).join(''), [...d.text].length, Math.round(descWidths[i]!), Math.round(textWidth(d.text, 14)), y, o]);
});

const errors = (texts: { text: string }[], widths: number[], px: number) => texts.map((t, i) => Math.abs(textWidth(t.text, px) - widths[i]!) / widths[i]!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tErr = errors(titles, titleWidths, 20);
const dErr = errors(descriptions, descWidths, 14);

console.log(`bench:yoast — yoastseo ${(await import('yoastseo/package.json', { with: { type: 'json' } })).default.version}, ${titles.length} titles, ${descriptions.length} descriptions`);
if (fontWarning) console.log(`\n${fontWarning}`);
console.log('\n' + table(titleRows));
console.log('\n' + table(descRows));
console.log('\n' + table([
  ['', 'same verdict as Yoast', 'our width vs Chromium: mean error', 'worst'],
  ['titles', `${titleSame}/${titles.length} (${pct(titleSame, titles.length)})`, `${(100 * mean(tErr)).toFixed(1)} %`, `${(100 * Math.max(...tErr)).toFixed(1)} %`],
  ['descriptions', `${descSame}/${descriptions.length} (${pct(descSame, descriptions.length)})`, `${(100 * mean(dErr)).toFixed(1)} %`, `${(100 * Math.max(...dErr)).toFixed(1)} %`],
]));
if (fontWarning) console.log(`\n${fontWarning}`);
