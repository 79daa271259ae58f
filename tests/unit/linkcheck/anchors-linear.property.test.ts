import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postAnchors, withoutCodeSpans } from '../../../src/core/links/anchors';

/**
 * The HTML anchors of a post are read without its code, in linear time: code spans as CommonMark
 * reads them (checked against a plain, quadratic reading kept here), fences whose opening run of
 * backticks has no line break after it.
 */
function plainWithoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      out += text[i++];
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    // Look for the next run of exactly n backticks.
    let j = i + n;
    let close = -1;
    while (j < text.length) {
      if (text[j] !== '`') {
        j++;
        continue;
      }
      let m = 0;
      while (text[j + m] === '`') m++;
      if (m === n) {
        close = j + m;
        break;
      }
      j += m;
    }
    if (close < 0) out += text.slice(i, i + n);
    i = close < 0 ? i + n : close;
  }
  return out;
}

describe('HTML anchors read in linear time', () => {
  it('code spans are dropped exactly as CommonMark reads them', () => {
    const text = fc.string({ unit: fc.constantFrom('`', '``', 'a', ' ', '\n', '<b id="x">'), maxLength: 40 });
    fc.assert(fc.property(text, (s) => {
        expect(withoutCodeSpans(s)).toBe(plainWithoutCodeSpans(s));
      }), { numRuns: 3000 });
    expect(withoutCodeSpans('a `<b id="x">` b ``c`d`` ```e')).toBe('a  b  ```e');
  });

  it('a hostile draft of long backtick runs is read (no timing assertion: the old patterns took minutes here, past the test timeout)', () => {
    // The run ends the draft, with no line break after it: the fence pattern's worst case.
    for (const run of ['`'.repeat(300_000), `x\n${'`'.repeat(300_000)}`, '`a '.repeat(100_000), `\`\`${'`a'.repeat(100_000)}`]) {
      expect([...postAnchors([], `<span id="faq">Q</span>\n\n${run}`)]).toEqual(['faq']);
    }
  });
});
