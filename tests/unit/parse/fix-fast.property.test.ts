import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, applyFixesByResorting } from '../../../src/core/fix';
import type { TextEdit } from '../../../src/core/types';

/**
 * `applyFixes` (O(n log n)) must take exactly the fixes the original re-sorting algorithm
 * took, in every overlap case: shared characters, insertions inside/at the ends of ranges,
 * several insertions at one point, exact duplicates (within a fix and across fixes), and fixes
 * whose own edits overlap. Small texts make every one of these frequent.
 */
const TEXT = 'abcdefghijklmnop';

const edit = (max: number): fc.Arbitrary<TextEdit> =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'X', 'YY'))
    .map(([start, length, text]) => ({ start, end: Math.min(max, start + (length === 3 ? 0 : length)), text }));

/** Fixes drawn partly from a shared pool, so identical edits recur across fixes. */
const fixes = (max: number) =>
  fc.array(edit(max), { minLength: 1, maxLength: 6 }).chain((pool) =>
    fc.array(
      fc.array(fc.oneof(fc.constantFrom(...pool), edit(max)), { minLength: 0, maxLength: 3 }).map((edits) => ({ edits })),
      { maxLength: 12 },
    ),
  );

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

describe('applyFixes vs the re-sorting original', () => {
  it('takes the same fixes and gives the same text on random edit sets', () => {
    fc.assert(
      fc.property(fixes(TEXT.length), (fs) => {
        expect(applyFixes(TEXT, fs)).toEqual(applyFixesByResorting(TEXT, fs));
      }),
      { numRuns: 3000 },
    );
  });

  it('also on edits outside the text or inverted (both refuse or throw alike)', () => {
    const odd = fc.record({ start: fc.integer({ min: -2, max: TEXT.length + 2 }), end: fc.integer({ min: -2, max: TEXT.length + 2 }), text: fc.constantFrom('', 'Z') });
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(edit(TEXT.length), odd), { maxLength: 3 }).map((edits) => ({ edits })), { maxLength: 8 }), (fs) => {
        expect(outcome(() => applyFixes(TEXT, fs))).toEqual(outcome(() => applyFixesByResorting(TEXT, fs)));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles the known cases', () => {
    const cases: { edits: TextEdit[] }[][] = [
      [{ edits: [{ start: 2, end: 5, text: 'a' }] }, { edits: [{ start: 3, end: 3, text: 'i' }] }], // insertion inside: refused
      [{ edits: [{ start: 2, end: 5, text: 'a' }] }, { edits: [{ start: 5, end: 5, text: 'i' }] }, { edits: [{ start: 2, end: 2, text: 'j' }] }], // at the ends: taken
      [{ edits: [{ start: 2, end: 5, text: 'a' }] }, { edits: [{ start: 2, end: 5, text: 'a' }] }], // identical: taken twice, applied once
      [{ edits: [{ start: 2, end: 5, text: 'a' }] }, { edits: [{ start: 2, end: 5, text: 'b' }] }], // same range, other text: refused
      [{ edits: [{ start: 4, end: 4, text: 'x' }, { start: 4, end: 4, text: 'y' }] }, { edits: [{ start: 4, end: 4, text: 'x' }] }],
      [{ edits: [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }] }, { edits: [{ start: 0, end: 1, text: 'Q' }] }], // a fix overlapping itself
    ];
    for (const fs of cases) expect(applyFixes(TEXT, fs)).toEqual(applyFixesByResorting(TEXT, fs));
    expect(applyFixes(TEXT, cases[0]!).applied).toBe(1);
    expect(applyFixes(TEXT, cases[1]!).applied).toBe(3);
    expect(applyFixes(TEXT, cases[2]!)).toEqual({ text: 'abafghijklmnop', applied: 2 });
  });

  it('stays fast on many fixes in any order (32k fixes, shuffled)', () => {
    const n = 32_000;
    const text = 'x'.repeat(n * 4);
    const fs = Array.from({ length: n }, (_, i) => ({ edits: [{ start: i * 4, end: i * 4 + 2, text: 'y' }] }));
    for (let i = fs.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [fs[i], fs[j]] = [fs[j]!, fs[i]!];
    }
    // No timing assertion (see GUIDE): the quadratic version needs minutes here, so finishing
    // within the test timeout at all is the check; the figures are in `npm run bench:fix`.
    const r = applyFixes(text, fs);
    expect(r.applied).toBe(n);
    expect(r.text.length).toBe(n * 3);
  });
});
