import type { FileResult } from '../result';
import { escapeInline } from '../terminal';
import { t, type Locale } from '../../i18n';

/**
 * Linter-style text: one line per problem, `path:line:col  severity  rule  message`, so
 * terminals and editors can jump to the spot, then a summary line. Only a message's first
 * line is shown (YAML errors carry a code frame; the position is already on the line).
 */
export function formatStylish(results: readonly FileResult[], locale: Locale = 'en'): string {
  const blocks: string[] = [];
  for (const r of results) {
    if (r.shown.length === 0) continue;
    // Every field may hold text from the post or the network: escaped, so it can't drive the terminal.
    const path = escapeInline(r.displayPath);
    const rows = r.shown.map((d) => [`${path}:${d.line}:${d.column}`, d.severity, escapeInline(d.ruleId), escapeInline(firstLine(d.message))] as const);
    // A loop, not Math.max(...rows): spreading 100k+ values overflows the call stack.
    const widths = [0, 0, 0];
    for (const row of rows) for (let i = 0; i < 3; i++) widths[i] = Math.max(widths[i]!, row[i]!.length);
    const [w0, w1, w2] = widths as [number, number, number];
    blocks.push(rows.map(([where, sev, rule, msg]) => `${where.padEnd(w0)}  ${sev.padEnd(w1)}  ${rule.padEnd(w2)}  ${msg}`).join('\n'));
  }
  const notes = results.flatMap((r) => (r.notFixedReason ? [t(locale, 'cliNotFixed', { path: escapeInline(r.displayPath), reason: escapeInline(r.notFixedReason) })] : []));
  return [...blocks, ...notes, summary(results, locale)].join('\n\n') + '\n';
}

function summary(results: readonly FileResult[], locale: Locale): string {
  const all = results.flatMap((r) => r.shown);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const infos = all.length - errors - warnings;
  const fixable = all.filter((d) => d.fix && d.fix.edits.length > 0).length;
  const fixed = results.reduce((n, r) => n + r.fixed, 0);
  const files = t(locale, 'cliFiles', { count: results.length });
  const lines: string[] = [];
  if (fixed > 0) lines.push(t(locale, 'cliFixed', { problems: t(locale, 'cliProblems', { count: fixed }), files: t(locale, 'cliFiles', { count: results.filter((r) => r.fixed > 0).length }) }));
  // With --quiet the warnings are hidden, not gone (--max-warnings still counts them): never "no problems" then.
  const hidden = results.reduce((n, r) => n + r.report.diagnostics.length - r.shown.length, 0);
  if (all.length === 0 && hidden > 0) {
    lines.push(t(locale, 'cliNoErrorsQuiet', { files, hidden: t(locale, 'cliProblems', { count: hidden }) }));
  } else if (all.length === 0) {
    lines.push(t(locale, 'cliNoProblems', { files }));
  } else {
    const parts = [t(locale, 'errors', { count: errors }), t(locale, 'warnings', { count: warnings }), ...(infos > 0 ? [t(locale, 'cliInfos', { count: infos })] : [])];
    lines.push(`${errors > 0 ? '✖' : '⚠'} ${t(locale, 'cliProblemsIn', { problems: t(locale, 'cliProblems', { count: all.length }), parts: parts.join(t(locale, 'listSeparator')), files })}`);
    if (fixable > 0) lines.push(`  ${t(locale, 'cliFixable', { count: fixable })}`);
    const suggested = all.filter((d) => !d.fix && d.suggestions?.length).length;
    if (suggested > 0) lines.push(`  ${t(locale, 'cliSuggested', { count: suggested })}`);
  }
  return lines.join('\n');
}

function firstLine(message: string): string {
  return message.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? message;
}
