import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/suggest/language';
import { scoreCandidate, type ScoreInput } from '../../../src/core/suggest/score';

const base: ScoreInput = { text: 'The harbour club opened a new boathouse for junior crews.', titleWords: 0.5, topic: 0.5, summary: 0, position: 0, fullness: 0.93, steps: 0, roundup: 0, composed: false, anaphoric: false, lex: lexiconFor('en') };
const total = (over: Partial<ScoreInput>) => scoreCandidate({ ...base, ...over }).total;

describe('score parts', () => {
  it('rewards the title’s words, the post’s central terms, an early place and a full snippet', () => {
    expect(total({ titleWords: 1 })).toBeGreaterThan(total({}));
    expect(total({ topic: 1 })).toBeGreaterThan(total({}));
    expect(total({ position: 0 })).toBeGreaterThan(total({ position: 20 }));
    expect(total({ fullness: 0.93 })).toBeGreaterThan(total({ fullness: 0.6 }));
  });

  it('penalizes openers that need the previous sentence, calls to action, exclamations and each compression step', () => {
    const clarity = (over: Partial<ScoreInput>) => scoreCandidate({ ...base, ...over }).clarity;
    expect(clarity({})).toBe(1);
    expect(clarity({ anaphoric: true })).toBeLessThan(1);
    expect(clarity({ text: 'Subscribe to the newsletter to hear about every regatta first.' })).toBeLessThan(clarity({ anaphoric: true }));
    expect(clarity({ text: 'The harbour club opened a new boathouse!' })).toBeLessThan(1);
    expect(clarity({ steps: 2 })).toBeLessThan(clarity({ steps: 1 }));
    // An excited exclamation costs more than the title glued in front of a sentence (judge 8: "filler").
    expect(clarity({ text: 'The harbour club opened a new boathouse!' })).toBeLessThan(clarity({ stitched: 'title' }));
  });

  it('prefers a list of what the post covers for a roundup, a sentence otherwise', () => {
    expect(total({ composed: true, roundup: 0.9 })).toBeGreaterThan(total({ composed: false, roundup: 0.9 }));
    expect(total({ composed: false, roundup: 0.1 })).toBeGreaterThan(total({ composed: true, roundup: 0.1 }));
  });

  it('keeps every part between 0 and 1', () => {
    const s = scoreCandidate({ ...base, steps: 40, anaphoric: true, text: 'Click here now!' });
    for (const v of Object.values(s)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});
