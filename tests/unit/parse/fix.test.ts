import { describe, expect, it } from 'vitest';
import { applyEdits, applyFixes } from '../../../src/core/fix';
import { lineIndex } from '../../../src/core/parse/lines';

describe('applyEdits', () => {
  it('applies edits in any order, keeps everything else, and drops exact duplicates', () => {
    const text = 'a\r\nbcd\r\nef';
    expect(applyEdits(text, [{ start: 8, end: 9, text: 'X' }, { start: 3, end: 4, text: '' }, { start: 3, end: 4, text: '' }])).toBe('a\r\ncd\r\nXf');
  });
  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow();
  });
  it('applyFixes skips a fix that overlaps an accepted one', () => {
    const r = applyFixes('abcdef', [{ edits: [{ start: 0, end: 2, text: 'X' }] }, { edits: [{ start: 1, end: 3, text: 'Y' }] }, { edits: [{ start: 5, end: 6, text: 'Z' }] }]);
    expect(r).toEqual({ text: 'XcdeZ', applied: 2 });
  });
});

describe('lineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const idx = lineIndex('ab\ncd\r\nef\rgh');
    expect([0, 3, 7, 10].map((o) => idx.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(idx.offset(3, 2)).toBe(8);
  });
});
