import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonSuffix } from '../../../src/core/parse/views';

describe('commonSuffix', () => {
  it('gives what comparing character by character from the end gives (its shortcut for a whole line in common included)', () => {
    const longWay = (a: string, aStart: number, aLen: number, b: string, bStart: number, bLen: number) => {
      let k = 0;
      while (k < aLen && k < bLen && a.charCodeAt(aStart + aLen - 1 - k) === b.charCodeAt(bStart + bLen - 1 - k)) k++;
      return k;
    };
    // Lines made of few characters, so that one often ends the other (a list item's content and its raw line).
    const line = fc.array(fc.constantFrom('a', 'b', ' ', '\t', '>', '-'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(line, line, line, line, (pa, a, pb, b) => {
        const A = pa + a;
        const B = pb + b;
        expect(commonSuffix(A, pa.length, a.length, B, pb.length, b.length)).toBe(longWay(A, pa.length, a.length, B, pb.length, b.length));
        // The usual case: the content line is the raw line's end.
        expect(commonSuffix(A + b, pa.length, a.length + b.length, B, pb.length, b.length)).toBe(b.length);
      }),
      { numRuns: 2000 },
    );
  });
});
