import type { Diagnostic, Report, TextEdit } from '../types';

/** The rules whose fixes "Clean links" applies: links sent straight to their page, without tracking parameters. */
export const LINK_CLEANING_RULES: readonly string[] = ['redirect-wrapper', 'tracking-params'];

/**
 * The edits of every link-cleaning fix merged into one list, for the panel's one-click
 * "Clean links": sorted, exact duplicates dropped, and an edit that would overlap one already
 * taken is skipped (it stays as a diagnostic for the next run) rather than guessed at. Fixes
 * only (changes that keep the post's meaning, see each rule's meta): never a suggestion.
 */
export function cleanLinksEdits(input: Report | readonly Diagnostic[]): TextEdit[] {
  const diagnostics = 'diagnostics' in input ? input.diagnostics : input;
  const edits = diagnostics.filter((d) => LINK_CLEANING_RULES.includes(d.ruleId) && d.fix).flatMap((d) => d.fix!.edits);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start && prev.end === e.end && prev.text === e.text) continue;
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}
