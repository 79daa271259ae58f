import type { SuggestionScore } from './types';

const WEIGHTS = { titleWords: 0.4, length: 0.15, position: 0.2, clarity: 0.25 };
/** Openings that lean on context the search result doesn't have, or ask the reader to click. */
const VAGUE_OPENING = /^(?:this|it|they|these|those|he|she|here|there|that)\b/i;
const CALL_TO_ACTION = /^(?:please\s+)?(?:click|tap|read|learn|check|see|watch|sign|register|subscribe|join|contact|follow|download|buy|get|find|visit|submit)\b/i;

export interface ScoreInput {
  text: string;
  /** Length in code points. */
  length: number;
  titleStems: ReadonlySet<string>;
  /** The candidate's key stems (only those it shares with the title count). */
  stems: ReadonlySet<string>;
  /** Index of the candidate's first sentence among the usable ones. */
  position: number;
  limits: { maxLength: number; maxPixels: number };
  pixels: number;
}

/**
 * Why one candidate beats another, in parts the panel shows: carries the title's key words,
 * uses the room a search result gives, comes early in the post, reads clearly on its own.
 */
export function scoreCandidate({ text, length: chars, titleStems, stems, position, limits, pixels }: ScoreInput): SuggestionScore {
  let shared = 0;
  for (const s of titleStems) if (stems.has(s)) shared++;
  const titleWords = titleStems.size ? shared / titleStems.size : 0;
  // Fullness: the tighter of the two limits; about 95 % full is ideal.
  const fullness = Math.max(chars / limits.maxLength, pixels / limits.maxPixels);
  const length = clamp(1 - Math.abs(0.95 - fullness) * 2.5);
  const positionScore = 1 - (0.8 * Math.min(position, 50)) / 50;
  let clarity = 1;
  if (text.endsWith('…')) clarity -= 0.15;
  if (VAGUE_OPENING.test(text)) clarity -= 0.15;
  if (CALL_TO_ACTION.test(text)) clarity -= 0.4;
  if (/[!?]/.test(text)) clarity -= 0.1;
  clarity = clamp(clarity);
  const weighted = titleStems.size
    ? WEIGHTS.titleWords * titleWords + WEIGHTS.length * length + WEIGHTS.position * positionScore + WEIGHTS.clarity * clarity
    : (WEIGHTS.length * length + WEIGHTS.position * positionScore + WEIGHTS.clarity * clarity) / (1 - WEIGHTS.titleWords);
  return { titleWords: round(titleWords), length: round(length), position: round(positionScore), clarity: round(clarity), total: round(weighted) };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
