import { applyEdits } from '../../../src/core/fix';
import type { AnalyzeOptions, Diagnostic, Rule } from '../../../src/core/types';
import { runRule as runRuleDiagnostics } from './run-rule';

/** `runRule` from run-rule.ts, with the text each diagnostic points at and the fixed text. */
export function runRule(rule: Rule, text: string, options: AnalyzeOptions = {}) {
  const diagnostics = runRuleDiagnostics(rule, text, options);
  return { diagnostics, at: (d: Diagnostic) => text.slice(d.start, d.end), fixed: () => applyEdits(text, diagnostics.flatMap((d) => d.fix?.edits ?? [])) };
}

export const post = (body: string, frontmatter = 'title: A post') => `---\n${frontmatter}\n---\n${body}`;
