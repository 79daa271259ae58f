import type { DescriptionSuggestion, RuleContext } from '../types';

/** Placeholder until the suggestion engine lands (helper branch). */
export function suggestDescriptions(_ctx: RuleContext): DescriptionSuggestion[] {
  return [];
}
