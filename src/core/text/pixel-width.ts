/**
 * Estimated rendered width of text in Arial, in CSS pixels, as search results measure it.
 * Search engines cut titles and descriptions by rendered width, not by character count,
 * so "60 characters" of capitals overflows while 60 characters of "il." fits easily.
 *
 * Widths are Arial's advance widths in thousandths of an em (Arial shares Helvetica's metrics).
 * Kerning is ignored: it moves a line by a few pixels at most, well inside the margin of the limits.
 */

/** Advance widths for U+0020–U+007E, in order. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0–9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A–O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P–Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a–o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p–z { | } ~
];

/** Latin-1 symbols and typographic punctuation; accented letters fall back to their base letter. */
const EXTRA: Record<number, number> = {
  0xa0: 278, 0xa1: 333, 0xa2: 556, 0xa3: 556, 0xa4: 556, 0xa5: 556, 0xa6: 260, 0xa7: 556, 0xa8: 333,
  0xa9: 737, 0xaa: 370, 0xab: 556, 0xac: 584, 0xad: 0, 0xae: 737, 0xaf: 552, 0xb0: 400, 0xb1: 549,
  0xb2: 333, 0xb3: 333, 0xb4: 333, 0xb5: 576, 0xb6: 537, 0xb7: 278, 0xb8: 333, 0xb9: 333, 0xba: 365,
  0xbb: 556, 0xbc: 834, 0xbd: 834, 0xbe: 834, 0xbf: 611, 0xc6: 1000, 0xd0: 722, 0xd7: 584, 0xd8: 778,
  0xde: 667, 0xdf: 611, 0xe6: 889, 0xf0: 556, 0xf7: 549, 0xf8: 611, 0xfe: 556,
  0x131: 278, 0x152: 1000, 0x153: 944, 0x192: 556, 0x2c6: 333, 0x2dc: 333,
  0x2013: 556, 0x2014: 1000, 0x2018: 222, 0x2019: 222, 0x201a: 222, 0x201c: 333, 0x201d: 333,
  0x201e: 333, 0x2020: 556, 0x2021: 556, 0x2022: 350, 0x2026: 1000, 0x2030: 1000, 0x2039: 333,
  0x203a: 333, 0x20ac: 556, 0x2122: 1000, 0x2212: 584,
};

/** Letters of other scripts (Greek, Cyrillic, Hebrew…): close to an average lowercase letter. */
const DEFAULT_WIDTH = 556;
/** Ideographs, kana, hangul and fullwidth forms are one em wide. */
const FULL_WIDTH = 1000;

const COMBINING = /^\p{M}$/u;
const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u; // controls, zero-width space/joiners, BOM, soft hyphen

function isFullWidth(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals … Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || // emoji render about one em wide
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions
  );
}

const cache = new Map<number, number>();

/** Advance width of one code point in thousandths of an em. */
export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20]!;
  const known = EXTRA[cp];
  if (known !== undefined) return known;
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const width = computeWidth(cp);
  cache.set(cp, width);
  return width;
}

function computeWidth(cp: number): number {
  if (cp === 0x09) return ASCII[0]!; // a tab collapses to a space in HTML
  const ch = String.fromCodePoint(cp);
  if (COMBINING.test(ch) || INVISIBLE.test(ch)) return 0;
  if (isFullWidth(cp)) return FULL_WIDTH;
  // "é" is as wide as "e": measure the base letter of the canonical decomposition.
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base !== cp) return charWidth(base);
  return DEFAULT_WIDTH;
}

export function textWidth(text: string, fontSizePx: number): number {
  let units = 0;
  // By code unit with an ASCII fast path: iterating a string by code point allocates a string per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) {
      units += ASCII[c - 0x20]!;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    units += charWidth(cp);
  }
  return (units * fontSizePx) / 1000;
}

/**
 * How many UTF-16 units of `text` fit in `maxPx`: where a search result would cut it.
 * Returns `text.length` when it all fits.
 */
export function fitLength(text: string, fontSizePx: number, maxPx: number): number {
  let units = 0;
  const limit = (maxPx * 1000) / fontSizePx;
  let offset = 0;
  for (const ch of text) {
    units += charWidth(ch.codePointAt(0)!);
    if (units > limit) return offset;
    offset += ch.length;
  }
  return text.length;
}

/**
 * What a search result would still show of `text` in `maxPx`, with room for the "…" it adds,
 * backed up to the last whole word (that is how results truncate).
 */
export function visiblePart(text: string, fontSizePx: number, maxPx: number): string {
  if (textWidth(text, fontSizePx) <= maxPx) return text;
  const cut = fitLength(text, fontSizePx, maxPx - textWidth('…', fontSizePx));
  const space = text.lastIndexOf(' ', cut);
  return text.slice(0, space > 0 ? space : cut).trimEnd();
}

/** Search results: titles at 20px Arial, descriptions at 14px Arial. */
export const TITLE_FONT_PX = 20;
export const DESCRIPTION_FONT_PX = 14;
