import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import type { AnalyzeOptions, Diagnostic, Rule } from '../../../src/core/types';

/** Runs one rule on a post; also gives the text a diagnostic points at. */
export function runRule(rule: Rule, text: string, options: AnalyzeOptions = {}) {
  const { diagnostics } = analyze(text, { ...options, preview: false, suggestions: false }, [rule]);
  return { diagnostics, at: (d: Diagnostic) => text.slice(d.start, d.end), fixed: () => applyEdits(text, diagnostics.flatMap((d) => d.fix?.edits ?? [])) };
}

export const post = (body: string, frontmatter = 'title: A post') => `---\n${frontmatter}\n---\n${body}`;
