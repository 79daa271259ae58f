import { describe, expect, it } from 'vitest';
import { sharedWithPost, termsOf } from '../../../src/core/suggest/terms';

describe('centrality: what a sentence shares with the rest of the post', () => {
  const sentences = [
    'The junior crews rig their racing shells before every outing on the river.',
    'Rigging a racing shell means setting the foot stretchers, the rigger height and the oars.',
    'Coaches check the rigger height of each shell before the crews launch.',
    'The harbour café sells tea and cake on Sundays.',
  ].map((s) => termsOf(s, 'en'));
  const central = sharedWithPost(sentences);

  it('scores a sentence that says what many others say above an outlier, within 0–1', () => {
    const main = central(new Set(sentences[1]));
    const outlier = central(new Set(sentences[3]));
    expect(main).toBeGreaterThan(outlier);
    expect(main).toBeLessThanOrEqual(1);
    expect(outlier).toBeGreaterThanOrEqual(0);
  });

  it('is 0 for a text sharing nothing, and for a post of one sentence', () => {
    expect(central(new Set(termsOf('Völlig anderes Thema hier.', 'en')))).toBe(0);
    expect(sharedWithPost([termsOf('One lonely sentence about boats.', 'en')])(new Set(['boat']))).toBe(0);
  });
});
