import { describe, expect, it } from 'vitest';
import { bestOf, lcs, rouge, rougeTokens } from '../../../bench/suggest/rouge';

describe('ROUGE (bench/suggest/rouge.ts)', () => {
  it('tokenizes words in alphabetic scripts and single characters in CJK', () => {
    expect(rougeTokens('Svelte 5 is out — «finally»!')).toEqual(['svelte', '5', 'is', 'out', 'finally']);
    expect(rougeTokens('新しいReact機能')).toEqual(['新', 'し', 'い', 'react', '機', '能']);
    expect(rougeTokens('ＡＢＣ Café')).toEqual(['abc', 'café']);
  });

  it('computes ROUGE-1/2/L F1 as in the literature', () => {
    // candidate: the cat sat on the mat (6); reference: the cat is on the mat (6)
    const r = rouge('the cat sat on the mat', 'the cat is on the mat');
    expect(r.r1).toBeCloseTo(5 / 6, 6); // the, cat, on, the, mat
    expect(r.r2).toBeCloseTo(3 / 5, 6); // the cat, on the, the mat
    expect(r.rl).toBeCloseTo(5 / 6, 6); // LCS the cat on the mat
    expect(rouge('', 'anything')).toEqual({ r1: 0, r2: 0, rl: 0 });
    expect(rouge('same words here', 'same words here')).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(lcs(['a', 'b', 'c', 'd'], ['b', 'd', 'a'])).toBe(2);
  });

  it('clips repeated n-grams and takes each measure’s best for best-of-k', () => {
    expect(rouge('the the the the', 'the cat').r1).toBeCloseTo((2 * (1 / 4) * (1 / 2)) / (1 / 4 + 1 / 2), 6);
    expect(bestOf([{ r1: 0.5, r2: 0.1, rl: 0.2 }, { r1: 0.3, r2: 0.4, rl: 0.1 }])).toEqual({ r1: 0.5, r2: 0.4, rl: 0.2 });
  });
});
