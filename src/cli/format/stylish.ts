import type { FileResult } from '../result';
import { escapeInline } from '../terminal';

/**
 * Linter-style text: one line per problem, `path:line:col  severity  rule  message`, so
 * terminals and editors can jump to the spot, then a summary line. Only a message's first
 * line is shown (YAML errors carry a code frame; the position is already on the line).
 */
export function formatStylish(results: readonly FileResult[]): string {
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
  const notes = results.flatMap((r) => (r.notFixedReason ? [`${escapeInline(r.displayPath)}: not fixed: ${escapeInline(r.notFixedReason)}`] : []));
  return [...blocks, ...notes, summary(results)].join('\n\n') + '\n';
}

function summary(results: readonly FileResult[]): string {
  const all = results.flatMap((r) => r.shown);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const infos = all.length - errors - warnings;
  const fixable = all.filter((d) => d.fix && d.fix.edits.length > 0).length;
  const fixed = results.reduce((n, r) => n + r.fixed, 0);
  const files = plural(results.length, 'file');
  const lines: string[] = [];
  if (fixed > 0) lines.push(`Fixed ${plural(fixed, 'problem')} in ${plural(results.filter((r) => r.fixed > 0).length, 'file')}.`);
  if (all.length === 0) {
    lines.push(`✔ ${files} checked, no problems.`);
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])];
    lines.push(`${errors > 0 ? '✖' : '⚠'} ${plural(all.length, 'problem')} (${parts.join(', ')}) in ${files}.`);
    if (fixable > 0) lines.push(`  ${plural(fixable, 'problem')} can be fixed with --fix.`);
    const suggested = all.filter((d) => !d.fix && d.suggestions?.length).length;
    if (suggested > 0) lines.push(`  ${plural(suggested, 'problem')} ${suggested === 1 ? 'has' : 'have'} suggested changes to choose one at a time (--format json lists them; the panel offers them).`);
  }
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function firstLine(message: string): string {
  return message.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? message;
}
