import { analyze, applyFixes, rules as coreRules } from '../core/index';
import type { AnalyzeOptions, Rule } from '../core/index';

/** Enough for fixes that uncover other fixes; a rule pair that keeps undoing each other stops here. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** Fixes applied over all passes. */
  fixed: number;
  /** Passes that changed the text. */
  passes: number;
}

/**
 * ESLint-style fixing: analyze, apply every fix that does not overlap another, and repeat on
 * the new text until no fix is left or nothing changes. Each fix only replaces the ranges it
 * names, so line endings, a BOM and everything else outside them stay as they were.
 */
export function fixPost(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = coreRules, maxPasses = MAX_FIX_PASSES): FixOutcome {
  const fastOptions = { ...options, preview: false, suggestions: false };
  let current = text;
  let fixed = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = analyze(current, fastOptions, rules).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (fixes.length === 0) break;
    let next: { text: string; applied: number };
    try {
      next = applyFixes(current, fixes);
    } catch {
      break; // a rule produced an edit outside the text; keep what the earlier passes did
    }
    if (next.applied === 0 || next.text === current) break;
    current = next.text;
    fixed += next.applied;
    passes++;
  }
  return { text: current, fixed, passes };
}
