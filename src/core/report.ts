import { applyDirectives } from './directives';
import type { Diagnostic, Report } from './types';

/** Source order: by start, then end. */
export function bySourcePosition(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end;
}

export function severityCounts(diagnostics: readonly Diagnostic[]): Pick<Report, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

/**
 * The report with findings from outside the rules (the network link check) merged in, in
 * source order, with every count redone. The CLI and the panel both show reports this way.
 */
export function withDiagnostics(report: Report, extra: readonly Diagnostic[]): Report {
  if (extra.length === 0) return report;
  // The post's directive comments apply to these too (e.g. `<!-- post-preflight-disable link-check -->`).
  const { kept, suppressed } = applyDirectives(extra, report.directives ?? []);
  const diagnostics = [...report.diagnostics, ...kept].sort(bySourcePosition);
  const hidden = suppressed.length ? { suppressed: [...(report.suppressed ?? []), ...suppressed].sort(bySourcePosition) } : {};
  return { ...report, diagnostics, ...severityCounts(diagnostics), ...hidden };
}
