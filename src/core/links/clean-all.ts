import type { Diagnostic, Report, TextEdit } from '../types';

/**
 * The edits of every `tracking-params` fix merged into one list, for the panel's one-click
 * "Clean links": sorted, exact duplicates dropped, and an edit that would overlap one already
 * taken is skipped (it stays as a diagnostic for the next run) rather than guessed at.
 */
export function cleanLinksEdits(input: Report | readonly Diagnostic[]): TextEdit[] {
  const diagnostics = 'diagnostics' in input ? input.diagnostics : input;
  const edits = diagnostics.filter((d) => d.ruleId === 'tracking-params' && d.fix).flatMap((d) => d.fix!.edits);
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
