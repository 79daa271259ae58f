import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, STOPWORDS } from '../../../src/core/links/vague-text';

/**
 * The link-text rule asks for the post's language on every keystroke: `detectLanguage` counts in
 * one pass and looks each word up once. It must answer what the plain way of counting answers
 * (with the same word lists).
 */

function longWay(body: string): string | undefined {
  const sample = body.slice(0, 4000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  if (!letters) return undefined;
  if (count(/[\u3040-\u30ff]/g) > letters * 0.05) return 'ja';
  if (count(/[\uac00-\ud7a3]/g) > letters * 0.2) return 'ko';
  if (count(/[\u0b80-\u0bff]/g) > letters * 0.2) return 'ta';
  if (count(/[\u0600-\u06ff]/g) > letters * 0.2) return /[پچژگ]/.test(sample) ? 'fa' : undefined;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return undefined;
  const scores = Object.entries(STOPWORDS)
    .map(([lang, list]) => [lang, words.filter((w) => list.includes(w)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  return best![1] >= 3 && best![1] >= 1.5 * second![1] ? best![0] : undefined;
}

const PIECES = ['the', 'and', 'la', 'que', 'e', 'de', 'und', 'och', 'il', 'het', ' ', ' ', ' ', '. ', '\n', 'harbour', 'Crew', 'ÉTÉ', 'İ', 'ß', 'かな', 'カナ', '日本', '한국', 'தமிழ்', 'سلام', 'پچ', '🚣', '\ud83d', '\ude80', '1', '@', 'Z', '[', '`'];

describe('detectLanguage (vague link text)', () => {
  it('answers what counting each letter and scanning each list answers, on generated texts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 300 })), (t) => {
        expect(detectLanguage(t)).toBe(longWay(t));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('…and on the repository’s own posts, cut where a 4000-character sample splits a pair', () => {
    const dirs = ['tests/fixtures/posts', 'tests/fixtures/suggest'];
    const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(`${d}/${f}`, 'utf8')));
    texts.push(`${'a'.repeat(3999)}\ud83d\ude80 the and of to is that`, 'とても'.repeat(2000), `${'the cat and the dog '.repeat(300)}`);
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      expect(detectLanguage(t)).toBe(longWay(t));
      // Asked again with the same opening (the remembered answer), the same.
      expect(detectLanguage(`${t}\nmore typed at the end`)).toBe(longWay(`${t}\nmore typed at the end`));
    }
  });
});
