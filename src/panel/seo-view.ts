import { WEIGHTS } from '../core/suggest/score';
import { DESCRIPTION_FONT_PX, textWidth } from '../core/text/pixel-width';
import { charAim } from '../core/text/snippet-aim';
import type { DescriptionSuggestion, Report, SuggestionScore } from '../core/types';
import { t, type Key, type Locale } from '../i18n';

type Part = Exclude<keyof SuggestionScore, 'total'>;

/** What each score part means, in the words the panel shows. */
const LABEL: Record<Part, Key> = {
  titleWords: 'scoreTitleWords',
  topic: 'scoreTopic',
  summary: 'scoreSummary',
  position: 'scorePosition',
  length: 'scoreLength',
  clarity: 'scoreClarity',
  form: 'scoreForm',
};

export interface ScorePart {
  part: Part;
  label: string;
  /** The part's own value, 0–1. */
  value: number;
  /** Its share of the total (weight × value over the sum of weights), so the shares add up to the total. */
  share: number;
}

/** The score parts of a suggestion, largest share of the total first: why it ranks where it does. */
export function scoreParts(score: SuggestionScore, locale: Locale = 'en'): ScorePart[] {
  const parts = Object.keys(LABEL) as Part[];
  const sum = parts.reduce((s, p) => s + WEIGHTS[p], 0);
  return parts
    .map((part) => ({ part, label: t(locale, LABEL[part]), value: score[part], share: (WEIGHTS[part] * score[part]) / sum }))
    .sort((a, b) => b.share - a.share || a.part.localeCompare(b.part));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The description the post holds now (at the schema's path, e.g. `seo.description`), if it is text. */
export function currentDescription(report: Pick<Report, 'frontmatter' | 'descriptionPath'>): string | undefined {
  let value: unknown = report.frontmatter.data;
  for (const key of report.descriptionPath.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? collapse(value) : undefined;
}

/** Whether this suggestion is the post's description now (e.g. right after "Use this"). */
export function isCurrent(suggestion: Pick<DescriptionSuggestion, 'text'>, current: string | undefined): boolean {
  return current !== undefined && collapse(suggestion.text) === current;
}

/**
 * The steps that made a suggestion ("sentence 2 of the post", "aside dropped") in `locale`. The
 * suggester writes them in English (src/core/suggest); each form it writes is worded here, and an
 * unknown one is shown quoted, as it is.
 */
const STEPS: readonly (readonly [RegExp, (m: RegExpExecArray, locale: Locale) => string])[] = [
  [/^sentence (\d+) of the post$/, (m, l) => t(l, 'howSentence', { n: m[1]! })],
  [/^sentences (\d+)–(\d+) of the post$/, (m, l) => t(l, 'howSentences', { from: m[1]!, to: m[2]! })],
  [/^sentences (\d+) and (\d+) of the post$/, (m, l) => t(l, 'howSentencePair', { a: m[1]!, b: m[2]! })],
  [/^parenthetical dropped$/, (_m, l) => t(l, 'howParenthetical')],
  [/^aside dropped$/, (_m, l) => t(l, 'howAside')],
  [/^trailing clause dropped$/, (_m, l) => t(l, 'howTrailing')],
  [/^opening words dropped$/, (_m, l) => t(l, 'howOpening')],
  [/^announcement rephrased$/, (_m, l) => t(l, 'howRephrased')],
  [/^code dropped$/, (_m, l) => t(l, 'howCode')],
  [/^title as how-to$/, (_m, l) => t(l, 'howTitleHowTo')],
  [/^title first$/, (_m, l) => t(l, 'howTitleFirst')],
  [/^(\d+) (section headings|list items) named(?: after (the title|the release it describes|the post’s announcement))?$/, (m, l) => {
    const what = t(l, m[2] === 'list items' ? 'howListItems' : 'howHeadings', { count: Number(m[1]) });
    if (!m[3]) return what;
    return t(l, m[3] === 'the title' ? 'howAfterTitle' : m[3] === 'the release it describes' ? 'howAfterRelease' : 'howAfterAnnouncement', { what });
  }],
];

export function suggestionSteps(how: readonly string[], locale: Locale = 'en'): string[] {
  if (locale === 'en') return [...how];
  return how.map((step) => {
    for (const [pattern, words] of STEPS) {
      const m = pattern.exec(step);
      if (m) return words(m, locale);
    }
    return t(locale, 'detailQuoted', { detail: step });
  });
}

/** Enough of the body to tell prose from wide text (Japanese, Chinese). */
const SAMPLE_CHARS = 600;

/**
 * The description length to aim for when there is no suggestion to measure: from the body's own
 * width per character, so a short Japanese post is told about 55–70 characters, not 120–156.
 */
export function bodyAim(report: Pick<Report, 'body' | 'limits'>): { min: number; max: number } {
  const sample = report.body.text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  return charAim([...sample].length, textWidth(sample, DESCRIPTION_FONT_PX), report.limits);
}
