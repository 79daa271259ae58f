/**
 * The suggestion types as they were before issue #12 (main at 144c9fd), so that the frozen
 * "before" suggester in this folder keeps compiling while src/core/types.ts moves on.
 */
export type { Body, RuleContext } from '../../../src/core/types';

export interface SuggestionScore {
  titleWords: number;
  length: number;
  position: number;
  clarity: number;
  total: number;
}

export interface DescriptionSuggestion {
  text: string;
  length: number;
  pixels: number;
  score: SuggestionScore;
  start: number;
  end: number;
}
