import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions, Diagnostic, Rule } from '../../../src/core/types';

/** Runs one rule through `analyze` (so line/columns and severities are the real ones). */
export function runRule(rule: Rule, text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return analyze(text, { preview: false, suggestions: false, ...options }, [rule]).diagnostics;
}

/** The source text a diagnostic points at. */
export function pointed(text: string, d: Diagnostic): string {
  return text.slice(d.start, d.end);
}
