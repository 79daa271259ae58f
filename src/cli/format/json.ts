import type { Diagnostic, TextEdit } from '../../core/index';
import type { FileResult } from '../result';

/**
 * ESLint's JSON formatter shape, so CI tools and editors that read ESLint results read ours.
 * ESLint knows only severity 2 (error) and 1 (warning). Our `info` diagnostics (draft flags,
 * http links…) are advice, not problems: counting them as warnings would trip
 * `--max-warnings` and warning gates in CI, so they are kept out of `messages` and listed in
 * `infoMessages` with `severity: 0` (ESLint's "off", i.e. not counted), with `infoCount`.
 * The SEO description candidates are added per file as `suggestions`; a message's own
 * `suggestions` are ESLint's (`[{ desc, fix }]`): changes offered one at a time.
 */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(toEslintResult), null, 2) + '\n';
}

function toEslintResult(r: FileResult) {
  const messages = r.shown.filter((d) => d.severity !== 'info').map((d) => toMessage(d, r.text));
  const infos = r.shown.filter((d) => d.severity === 'info').map((d) => toMessage(d, r.text));
  const count = (severity: 1 | 2, fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    filePath: r.filePath,
    messages,
    // Turned off by the post's own directive comments, as ESLint lists findings its comments disable.
    suppressedMessages: (r.report.suppressed ?? []).filter((d) => d.severity !== 'info').map((d) => ({ ...toMessage(d, r.text), suppressions: [{ kind: 'directive', justification: '' }] })),
    errorCount: count(2),
    fatalErrorCount: 0,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    usedDeprecatedRules: [],
    ...(r.output !== undefined ? { output: r.output } : {}),
    infoMessages: infos,
    infoCount: infos.length,
    descriptionPath: r.report.descriptionPath,
    suggestions: r.report.suggestions,
    ...(r.report.noSuggestions ? { noSuggestions: r.report.noSuggestions } : {}),
  };
}

function toMessage(d: Diagnostic, text: string) {
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : d.severity === 'warning' ? 1 : 0,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.fix && d.fix.edits.length > 0 ? { fix: mergeEdits(d.fix.edits, text) } : {}),
    // ESLint's shape for changes offered one at a time: `desc` and one `fix` each, never applied by --fix.
    ...(d.suggestions?.some((s) => s.edits.length > 0) ? { suggestions: d.suggestions.filter((s) => s.edits.length > 0).map((s) => ({ desc: s.description, fix: mergeEdits(s.edits, text) })) } : {}),
  };
}

/**
 * ESLint's `fix` is one replacement `{range, text}`. A fix of several edits becomes one
 * replacement from the first edit's start to the last one's end, with the source between
 * the edits copied in unchanged, which is what ESLint does when it merges fixes.
 */
function mergeEdits(edits: readonly TextEdit[], source: string): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0]!.start;
  let end = start;
  let text = '';
  for (const e of sorted) {
    text += source.slice(end, e.start) + e.text;
    end = Math.max(end, e.end);
  }
  return { range: [start, end], text };
}
