import { lineIndex } from '../parse/lines';
import type { Diagnostic } from '../types';
import type { LinkCheckFinding } from './types';

/** Adds line/column to link-check findings so they sit in `Report.diagnostics` with the others. */
export function linkFindingsToDiagnostics(text: string, findings: readonly LinkCheckFinding[]): Diagnostic[] {
  const lines = lineIndex(text);
  return findings.map((f) => {
    const a = lines.position(f.start);
    const b = lines.position(f.end);
    return { ...f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
}
