import { WEIGHTS } from '../core/suggest/score';
import type { DescriptionSuggestion, Report, SuggestionScore } from '../core/types';

type Part = Exclude<keyof SuggestionScore, 'total'>;

/** What each score part means, in the words the panel shows. */
const LABEL: Record<Part, string> = {
  titleWords: "Title's key words",
  topic: "Post's central terms",
  summary: 'Says what the post is',
  position: 'Early in the post',
  length: 'Fills the snippet',
  clarity: 'Reads on its own',
  form: 'Suits the kind of post',
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
export function scoreParts(score: SuggestionScore): ScorePart[] {
  const parts = Object.keys(LABEL) as Part[];
  const sum = parts.reduce((s, p) => s + WEIGHTS[p], 0);
  return parts
    .map((part) => ({ part, label: LABEL[part], value: score[part], share: (WEIGHTS[part] * score[part]) / sum }))
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
