import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { dropAsides, dropParentheticals, opensListToTheEnd } from '../../../src/core/suggest/compress';
import { eachWord, words } from '../../../src/core/suggest/keywords';
import { mayFitSideBySide, narrowestOf } from '../../../src/core/suggest/pieces';
import { MAYBE_PICTOGRAPHIC, PICTOGRAPHIC } from '../../../src/core/suggest/score';
import { detectLanguage, lexiconFor, type Lang } from '../../../src/core/suggest/language';
import { proseUnits, sourceOffset } from '../../../src/core/suggest/prose';
import { factsOf, isShouted, type Measure } from '../../../src/core/suggest/shape';
import { termsOf } from '../../../src/core/suggest/terms';

/**
 * The suggester's speed shortcuts give exactly what the long way gives. Each "long way" below is
 * the code as it was before the shortcut (kept here as the reference), run on generated text
 * made of the characters the shortcut depends on.
 */

/** Text built from a small alphabet, so brackets, dashes, commas and capitals meet often. */
const textOf = (chars: string[], maxLength = 160) => fc.array(fc.constantFrom(...chars), { maxLength }).map((cs) => cs.join(''));
const WORDS = ['harbour', 'which', 'also', 'for example', 'and', 'the crew', 'Club', 'ROWING', 'señor', 'ÉCLAIR', 'naïve', '日本', 'ß', 'İ', '🚣'];
const PUNCTUATION = [' ', ' ', ' ', ',', ', ', ',\t', '—', ' — ', '–', ' – ', ' -- ', '--', '-', '(', ')', '[', ']', '（', '）', '.', ';', ':', '\n'];
/** Pieces of asides: each replacement of `dropAsides` finds something in most generated texts. */
const ASIDES = [', which ', ', also ', ', for example, ', ' – ', ' — ', ' -- ', ', '];

describe('shortcuts give the long way’s result', () => {
  it('dropParentheticals: skipping the regex when there is no opening bracket changes nothing', () => {
    const longWay = (text: string) => text.replace(/\s*[(（[][^()（）[\]]{1,120}[)）\]]/gu, '');
    fc.assert(fc.property(textOf([...WORDS, ...PUNCTUATION]), (t) => {
      expect(dropParentheticals(t)).toBe(longWay(t));
    }), { numRuns: 2000 });
  });

  it('dropAsides: skipping each replacement when its dash or second comma is missing changes nothing', () => {
    const longWay = (text: string, lang: Lang) => {
      const lex = lexiconFor(lang);
      let t = text.replace(/\s+(?:[—–]|-{2,3})\s+[^—–]{1,120}?\s+(?:[—–]|-{2,3})\s+/g, ' ').replace(/\s*—[^—]{1,120}?—\s*/g, ' ');
      if (lang === 'ja' || lang === 'zh' || lang === 'ko') return t;
      t = t.replace(/,\s+([^,;:]{1,100}?),\s+/g, (whole, inner: string, at: number, all: string) => {
        if (/^(?:and|but|so|or|yet|then|plus|y|pero|o|e|mas|ou|et|mais|donc|und|aber|oder|denn)\b/i.test(inner)) return whole;
        if (opensListToTheEnd(inner, all.slice(at + whole.length))) return whole;
        return lex.clauseStart.test(inner) || /^(?:also|often|sometimes|so-called|aka|known as|called|i\.e\.|e\.g\.)\b/i.test(inner) ? ' ' : whole;
      });
      return t;
    };
    const langs = fc.constantFrom<Lang>('en', 'es', 'de', 'ja');
    fc.assert(
      fc.property(textOf([...WORDS, ...PUNCTUATION, ...ASIDES, ...ASIDES]), langs, (t, lang) => {
        expect(dropAsides(t, lang, lexiconFor(lang))).toBe(longWay(t, lang));
      }),
      { numRuns: 2000 },
    );
  });

  it('isShouted: stopping once lower case is 40 % of the text changes nothing', () => {
    const longWay = (text: string) => {
      let letters = 0;
      let upper = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) {
          letters++;
          upper++;
        } else if (c >= 97 && c <= 122) letters++;
        else if (c > 127) {
          const ch = text[i]!;
          if (ch.toLowerCase() === ch.toUpperCase()) continue;
          letters++;
          if (ch === ch.toUpperCase()) upper++;
        }
      }
      return letters >= 8 && upper / letters > 0.6;
    };
    // Capitals and lower case in every proportion, around the 60 % line, with caseless characters and cased ones beyond ASCII.
    const mixed = textOf(['A', 'B', 'Z', 'a', 'z', 'É', 'é', 'Σ', 'ς', 'ǅ', '1', ' ', '.', '日', '🚣'], 40);
    fc.assert(fc.property(mixed, (t) => {
      expect(isShouted(t)).toBe(longWay(t));
    }), { numRuns: 5000 });
    for (const t of ['ABC abcd', 'ABCDEF abcd', 'ABCDEFG abcd', 'HELLO WORLD', 'Hello World', 'AAAAAAAAAAbbbbbbb', 'AAAbb AAAbb AAAbb']) expect(isShouted(t)).toBe(longWay(t));
  });

  it('eachWord: classifying ASCII inline (no helper call per character) finds the same words at the same ends', () => {
    const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
    const isWordStart = (t: string, i: number) => {
      const c = t.charCodeAt(i);
      if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      return LETTER_OR_DIGIT.test(t[i]!);
    };
    const isWordInside = (t: string, i: number) => {
      const c = t.charCodeAt(i);
      return c === 39 || c === 0x2019 || c === 45 || isWordStart(t, i);
    };
    const longWay = (text: string) => {
      const out: string[] = [];
      const lower = text.toLowerCase();
      let i = 0;
      while (i < lower.length) {
        if (!isWordStart(lower, i)) {
          i++;
          continue;
        }
        const start = i;
        while (i < lower.length && isWordInside(lower, i)) i++;
        out.push(`${lower.slice(start, i)}@${i}`);
      }
      return out;
    };
    const chars = textOf([...WORDS, ...PUNCTUATION, "'", '’', '-', '_', '0', '9', '١', 'Ⅻ', 'x\u0301', '\ud835\udc00', 'İ', '@', '/'], 60);
    fc.assert(
      fc.property(fc.oneof(chars, fc.string({ unit: 'binary', maxLength: 40 })), (t) => {
        const got: string[] = [];
        eachWord(t, (w, end) => got.push(`${w}@${end}`));
        expect(got).toEqual(longWay(t));
      }),
      { numRuns: 500 },
    );
    // 500 generated texts, each word-split twice: on a busy 2-core machine that took 8.5 s, more than the default 5 s.
  }, 30_000);

  it('termsOf: CJK runs found by code unit and range give the bigrams the per-character regex gave', () => {
    const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;
    const HIRAGANA = /^[\u3040-\u309f]+$/;
    const cjkBigrams = (text: string) => {
      const out: string[] = [];
      let run = '';
      const flush = () => {
        for (let i = 0; i + 1 < run.length; i++) if (!HIRAGANA.test(run.slice(i, i + 2))) out.push(run.slice(i, i + 2));
        if (run.length === 1 && !HIRAGANA.test(run)) out.push(run);
        run = '';
      };
      for (const ch of text) {
        if (CJK_CHAR.test(ch)) run += ch;
        else if (run) flush();
      }
      if (run) flush();
      return out;
    };
    // Characters at and just beyond each range's edges, a surrogate pair (𠀀), Latin words.
    const chars = textOf(['\u3040', '\u303f', '\u30ff', '\u3100', '\u3400', '\u33ff', '\u9fff', '\ua000', '\uf900', '\ufaff', '\ufb00', '\uac00', '\ud7a3', '\ud7a4', 'の', 'を', '新', 'ボ', '한', '𠀀', ' ', '。', 'ab', 'rowing'], 30);
    fc.assert(
      fc.property(chars, fc.constantFrom<Lang>('ja', 'zh', 'en'), (t, lang) => {
        const terms = termsOf(t, lang);
        const expected = cjkBigrams(t);
        expect(terms.slice(0, expected.length)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('a piece’s words, read once, give the facts and terms reading the text again gives', () => {
    const text = fc.oneof(textOf([...WORDS, ...PUNCTUATION, '2026', '3rd', 'v1.2', 'The', 'new', 'released', 'clubs’', '新しい', 'ボート', '。'], 40), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(text, fc.constantFrom<Lang>('en', 'es', 'de', 'ja', 'zh'), (t, lang) => {
        expect(factsOf(t, words(t))).toEqual(factsOf(t));
        expect(termsOf(t, lang, words(t))).toEqual(termsOf(t, lang));
      }),
      { numRuns: 1500 },
    );
  });

  it('pairs: a pair whose narrowest pieces exceed the limits has no combination within them', () => {
    // What runVariants adds for a pair: the first piece, a gap (a space, or nothing after a CJK full stop), the second piece.
    const SPACE_PX = 3.892;
    const measureArb = fc.record({ length: fc.integer({ min: 1, max: 200 }), pixels: fc.double({ min: 1, max: 1400, noNaN: true }) });
    const limitsArb = fc.record({ minLength: fc.constant(50), maxLength: fc.integer({ min: 60, max: 300 }), maxPixels: fc.double({ min: 300, max: 1900, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(measureArb, { minLength: 1, maxLength: 5 }), fc.array(measureArb, { minLength: 1, maxLength: 5 }), limitsArb, fc.boolean(), (as, bs, limits, cjk) => {
        const pieces = (ms: Measure[]) => ms.map((m) => ({ m }));
        if (mayFitSideBySide(narrowestOf(pieces(as), 3), narrowestOf(pieces(bs), 3), limits)) return;
        const gap = cjk ? { length: 0, pixels: 0 } : { length: 1, pixels: SPACE_PX };
        for (const a of as.slice(0, 3))
          for (const b of bs.slice(0, 3)) {
            const length = a.length + gap.length + b.length;
            const pixels = a.pixels + gap.pixels + b.pixels;
            expect(length > limits.maxLength || pixels > limits.maxPixels).toBe(true);
          }
      }),
      { numRuns: 3000 },
    );
  });

  it('detectLanguage: text without kana, ideographs or hangul goes straight to stop words; a little CJK in it still counts', () => {
    expect(detectLanguage('The release brings a new compiler 日本 and it is faster than the old one for most projects.')).toBe('en');
    expect(detectLanguage('新しいバージョンでは、より高速なコンパイラが導入されました。 The compiler is new.')).toBe('ja');
    expect(detectLanguage('한국어 문서입니다. 새로운 기능이 추가되었습니다.')).toBe('ko');
    // Just below and at the edge of each counted range: only the ranges' own characters count as CJK.
    expect(detectLanguage('\u303f\u3100\u33ff\ua000\ufb00\ud7a4 La versión nueva trae un compilador más rápido y es compatible con los proyectos que ya tienes.')).toBe('es');
  });

  it('proseUnits: every character kept from the source still maps back to itself (words are copied whole)', () => {
    // Text tokens only: code spans and decoded entities map to their token's start by design.
    const word = fc.constantFrom('harbour', 'crew’s', 'señor', 'naïve', '日本語', '🚣', 'x\u200by', 'tab\tbed', 'nb\u00a0sp', '**bold**', '*em*', '[link](https://ex.test)', 'end.', '—', '“quoted”');
    const para = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', ' \u00ad')), { minLength: 1, maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (paras) => {
        const post = parsePost(`---\ntitle: T\n---\n${paras.join('\n\n')}\n`);
        for (const unit of proseUnits(post.body, 2500)) {
          expect(unit.text).not.toMatch(/\s\s|[\t\n\u00a0\u00ad\u200b]/);
          for (let i = 0; i < unit.text.length; i++) {
            const at = sourceOffset(post.body, unit, i);
            if (at === undefined || unit.text[i] === ' ' || unit.text[i] === '\u0000') continue;
            expect(post.text[at]).toBe(unit.text[i]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('prechecks give what the long way gives', () => {
  it('every Extended_Pictographic code point passes the cheap precheck', () => {
    let missed = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (PICTOGRAPHIC.test(ch) && !MAYBE_PICTOGRAPHIC.test(ch)) missed++;
    }
    expect(missed).toBe(0);
  }, 30_000);
});

