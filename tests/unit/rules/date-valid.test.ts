import { describe, expect, it } from 'vitest';
import { checkDate, daysInMonth } from '../../../src/core/frontmatter/dates';
import rule from '../../../src/core/rules/date-valid';
import { lint } from './lint';

describe('checkDate', () => {
  it('reads YAML timestamps and ISO forms', () => {
    for (const s of ['2025-11-05', '2025-11-05T16:31:57.306Z', '2025-11-05 16:31:57 +01:00', '2025-11-05t16:31:57-05:00', '2025-1-5', '2025-11-05T16:31']) {
      expect(checkDate(s).ok, s).toBe(true);
    }
    expect(checkDate('2025-11-05T16:31:57+01:00')).toMatchObject({ ok: true, time: Date.UTC(2025, 10, 5, 15, 31, 57), dateOnly: false });
  });

  it('rejects impossible calendar days and times, knowing leap years', () => {
    expect(checkDate('2025-02-30')).toMatchObject({ ok: false, loose: false });
    expect(checkDate('2025-02-29').ok).toBe(false);
    expect(checkDate('2024-02-29').ok).toBe(true);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(checkDate('2025-13-01').ok).toBe(false);
    expect(checkDate('2025-04-31').ok).toBe(false);
    expect(checkDate('2025-04-30T24:00:00Z').ok).toBe(false);
  });

  it('tells loose but readable forms from non-dates', () => {
    expect(checkDate('November 5, 2025')).toMatchObject({ ok: false, loose: true });
    expect(checkDate('soon')).toMatchObject({ ok: false, loose: false });
  });
});

// Which dates are flagged, with which severity: tests/fixtures/rules/date-valid/.
describe('date-valid', () => {
  it('says why a date is invalid and how to write it', () => {
    const [d] = lint(rule, '---\ntitle: T\ndate: 2025-02-30\n---\n').diagnostics;
    expect(d!.message).toBe('`date`: “2025-02-30” is not a real day: February 2025 has 28 days. Write it as YYYY-MM-DD, e.g. 2025-11-05, or with a time: 2025-11-05T09:30:00Z.');
  });

  it('reports a future publication date only when the current time is given, a date-only one from the next day', () => {
    const text = '---\ndate: 2030-01-01\nexpiryDate: 2031-01-01\n---\n';
    expect(lint(rule, text).diagnostics).toEqual([]);
    expect(lint(rule, text, { now: Date.UTC(2026, 0, 1) }).diagnostics[0]).toMatchObject({ severity: 'info', data: { path: 'date', future: true } });
    expect(lint(rule, '---\ndate: 2026-01-01\n---\n', { now: Date.UTC(2026, 0, 1, 23, 0) }).diagnostics).toEqual([]);
    expect(lint(rule, '---\ndate: 2026-01-01T23:30:00Z\n---\n', { now: Date.UTC(2026, 0, 1, 23, 0) }).diagnostics).toHaveLength(1);
  });
});
