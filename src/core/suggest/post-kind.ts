import { lexiconFor, type Lang } from './language';
import type { Heading, ProseUnit } from './prose';

// What kind of post it is, read from its title and shape: roundups and release notes are described by
// what they cover (compose.ts), other posts by a sentence of their own.

// "What's new" in the languages the suggester knows ("Qué hay de nuevo en DevTools", "Quoi de neuf", "Was ist neu"). The end is
// checked as "no letter or digit follows" (\b is ASCII-only: it would fail after "é" or "ã").
export const ROUNDUP_TITLE =
  /^(?:announcing|introducing)\s.*\sv?\d+$|\b(?:v?\d+\.\d+(?:\.\d+)?|releases?|released|what'?s new|new in|recap|round-?up|updates?|newsletter|weekly|digest|this week|changelog|edition|issue\s*#?\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|novedades|nouveautés|neuigkeiten|novidades|lançamento|versión|version|qué hay de nuevo|lo nuevo|quoi de neuf|o que há de novo|was ist neu|neu in)(?![\p{L}\p{N}])|新機能|新功能|リリース|发布|版本|更新/iu;

/** Titles that promise a tutorial, in the languages the suggester knows. */
export const HOW_TO_TITLE = /^(?:how (?:to|i|we|you)\b|(?:an? )?(?:\w+['’]s )?(?:beginner['’]s |step-by-step |quick |complete )?guide to\b|tutorial\b|cómo\b|como\b|comment\b|wie (?:man|sie|du)\b)|如何|怎么|怎样|する方法|の方法|のやり方|入門/i;

/** Section headings that name something of their own (not "What's next", "Bug fixes"): read from the whole post, so worked out once per body (body-work.ts). */
export function specificHeadings(headings: ReadonlyArray<Pick<Heading, 'text' | 'depth'>>, lang: Lang): number {
  const lex = lexiconFor(lang);
  const en = lexiconFor('en');
  return headings.filter((h) => h.depth >= 2 && !lex.genericHeading.test(h.text) && !en.genericHeading.test(h.text)).length;
}

/** How much the post reads like a roundup, newsletter or release notes: its title, its `specific` section headings, its share of list items. */
export function roundupness(releaseTitle: boolean, title: string | undefined, specific: number, units: readonly ProseUnit[]): number {
  let list = 0;
  let all = 0;
  for (const u of units) {
    all += u.text.length;
    if (u.kind === 'list-item') list += u.text.length;
  }
  const titleHit = releaseTitle ? 1 : 0;
  const r = Math.min(1, 0.45 * titleHit + 0.35 * Math.min(1, specific / 5) + 0.2 * (all ? list / all : 0));
  // A tutorial's headings are its steps, not news: "How to…" posts are described by a sentence.
  return title && HOW_TO_TITLE.test(title) ? r / 2 : r;
}
