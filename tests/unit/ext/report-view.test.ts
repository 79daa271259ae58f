import { describe, expect, it } from 'vitest';
import { groupBySeverity, linkRows } from '../../../src/panel/report-view';
import type { Diagnostic, LinkRef } from '../../../src/core/types';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({ ruleId: 'x', severity: 'warning', start: 0, end: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, ...over });

describe('report view', () => {
  it('groups diagnostics by severity, errors first, empty groups left out', () => {
    const g = groupBySeverity([diag({ severity: 'info' }), diag({ severity: 'error' }), diag({ severity: 'info', start: 5 })]);
    expect(g.map((x) => [x.severity, x.items.length])).toEqual([['error', 1], ['info', 2]]);
  });

  it('attaches the diagnostics on a link and its clean fix', () => {
    const link: LinkRef = { kind: 'inline', url: 'https://x.test/?utm_source=a', urlStart: 7, urlEnd: 34, start: 0, end: 35, text: 'x' };
    const other: LinkRef = { ...link, urlStart: 50, urlEnd: 60, start: 45, end: 61 };
    const fix = { description: 'Remove utm_source', edits: [{ start: 21, end: 33, text: '' }] };
    const rows = linkRows({ links: [link, other], diagnostics: [diag({ ruleId: 'tracking-params', start: 7, end: 34, fix }), diag({ ruleId: 'vague-link-text', start: 46, end: 47 })] });
    expect(rows[0]!.cleanFix).toEqual(fix.edits);
    expect(rows[0]!.flags.map((f) => f.ruleId)).toEqual(['tracking-params']);
    expect(rows[1]!.cleanFix).toBeUndefined();
    expect(rows[1]!.flags.map((f) => f.ruleId)).toEqual(['vague-link-text']);
  });
});
