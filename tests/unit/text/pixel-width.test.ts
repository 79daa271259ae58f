import { describe, expect, it } from 'vitest';
import { charWidth, fitLength, textWidth, TITLE_FONT_PX, DESCRIPTION_FONT_PX } from '../../../src/core/text/pixel-width';

describe('textWidth (Arial estimate)', () => {
  it('measures narrow letters narrower than wide ones', () => {
    expect(textWidth('i', 20)).toBeLessThan(textWidth('W', 20));
    expect(textWidth('l', 20)).toBeLessThan(textWidth('m', 20));
    expect(textWidth('.', 20)).toBeLessThan(textWidth('@', 20));
  });

  it('uses Arial advance widths: "W" is 0.944 em, a space 0.278 em, digits 0.556 em', () => {
    expect(textWidth('W', 1000)).toBeCloseTo(944);
    expect(textWidth(' ', 1000)).toBeCloseTo(278);
    expect(textWidth('0123456789', 1000)).toBeCloseTo(5560);
  });

  it('scales linearly with the font size', () => {
    const s = 'Inside Open Infrastructure: October 2025';
    expect(textWidth(s, 40)).toBeCloseTo(2 * textWidth(s, 20));
    expect(textWidth(s, 14) / textWidth(s, 7)).toBeCloseTo(2);
    expect(textWidth('', 20)).toBe(0);
  });

  it('puts 60 wide capitals over 600 px at title size, 60 narrow letters under it', () => {
    expect(textWidth('W'.repeat(60), TITLE_FONT_PX)).toBeGreaterThan(600);
    expect(textWidth('M'.repeat(60), TITLE_FONT_PX)).toBeGreaterThan(600);
    expect(textWidth('il'.repeat(30), TITLE_FONT_PX)).toBeLessThan(600);
    expect(textWidth('W'.repeat(156), DESCRIPTION_FONT_PX)).toBeGreaterThan(920);
    expect(textWidth('i'.repeat(156), DESCRIPTION_FONT_PX)).toBeLessThan(920);
  });

  it('gives accented letters their base letter width, combining marks and zero-width characters none', () => {
    expect(textWidth('é', 20)).toBe(textWidth('e', 20));
    expect(textWidth('Ö', 20)).toBe(textWidth('O', 20));
    expect(textWidth('e\u0301', 20)).toBe(textWidth('e', 20));
    expect(textWidth('a\u200bb\ufeff', 20)).toBe(textWidth('ab', 20));
    expect(charWidth(0x00ad)).toBe(0); // soft hyphen
  });

  it('counts CJK and fullwidth characters as one em, hangul as 0.92 em, other scripts as an average letter', () => {
    expect(textWidth('日本語', 10)).toBeCloseTo(30);
    expect(textWidth('한', 10)).toBeCloseTo(9.2); // Noto Sans CJK KR, measured in Chromium
    expect(textWidth('Ａ', 10)).toBeCloseTo(10);
    expect(textWidth('ж', 1000)).toBeCloseTo(556);
    expect(textWidth('😀', 10)).toBeCloseTo(12.48); // one code point, two UTF-16 units; Noto Color Emoji's advance
  });

  it('knows typographic punctuation', () => {
    expect(textWidth('—', 1000)).toBeCloseTo(1000);
    expect(textWidth('…', 1000)).toBeCloseTo(1000);
    expect(textWidth('’', 1000)).toBeCloseTo(222);
    expect(textWidth('–', 1000)).toBeCloseTo(556);
  });
});

describe('fitLength', () => {
  it('returns the whole length when the text fits and the cut offset otherwise', () => {
    expect(fitLength('short', 20, 600)).toBe(5);
    const long = 'W'.repeat(100);
    const n = fitLength(long, 20, 600);
    expect(textWidth(long.slice(0, n), 20)).toBeLessThanOrEqual(600);
    expect(textWidth(long.slice(0, n + 1), 20)).toBeGreaterThan(600);
  });

  it('never cuts inside a surrogate pair', () => {
    const s = '😀'.repeat(100);
    expect(fitLength(s, 10, 105) % 2).toBe(0);
  });

  it('gives ideographs and hangul syllables (taken without a lookup) the width the general rule gives them', () => {
    // The general rule: marks and controls are zero-width, then full-width forms, then hangul.
    const longWay = (cp: number) => {
      const ch = String.fromCodePoint(cp);
      if (/^\p{M}$/u.test(ch) || /^[\p{Cc}\p{Cf}]$/u.test(ch)) return 0;
      if ((cp >= 0x2e80 && cp <= 0xa4cf && !(cp >= 0x3130 && cp <= 0x318f)) || (cp >= 0xf900 && cp <= 0xfaff)) return 1000;
      if (cp >= 0xac00 && cp <= 0xd7ff) return 920;
      return -1;
    };
    const differ: number[] = [];
    for (const [from, to] of [[0x3400, 0x9fff], [0xac00, 0xd7a3]] as const) for (let cp = from; cp <= to; cp++) if (charWidth(cp) !== longWay(cp)) differ.push(cp);
    expect(differ).toEqual([]);
    // Just outside the shortcut's ranges the general rule still applies (a combining kana mark is zero-width).
    expect(charWidth(0x3099)).toBe(0);
    expect(charWidth(0x33ff)).toBe(1000);
    expect(charWidth(0xd7a4)).toBe(920);
  });
});
