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
/** Ideographs, kana and fullwidth forms are one em wide (Noto Sans CJK, as Chromium falls back to it). */
const FULL_WIDTH = 1000;
/** Hangul syllables and jamo are narrower in the CJK fonts browsers fall back to (Noto Sans CJK KR: 920). */
const HANGUL_WIDTH = 920;
/** Halfwidth katakana and halfwidth forms: half an em. */
const HALF_WIDTH = 500;
/**
 * One emoji, however many code points it is made of (👍🏽, 👩‍💻, 🇫🇷, 1️⃣): Noto Color Emoji's
 * advance, 1.248 em, as measured in Chromium next to 20 px Arial (the reference benches compare).
 */
export const EMOJI_WIDTH = 1248;
/** A pictograph without emoji presentation (★, ☀, ❤ without U+FE0F) falls back to a text font. */
const PICTOGRAPH_TEXT_WIDTH = 896;

const COMBINING = /^\p{M}$/u;
const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u; // controls, zero-width space/joiners, BOM, soft hyphen

function isFullWidth(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0xa4cf && !(cp >= 0x3130 && cp <= 0x318f)) || // CJK radicals … Yi (Hangul compatibility jamo aside)
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions
  );
}

function isHangul(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff);
}

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

const cache = new Map<number, number>();

/** Advance width of one code point in thousandths of an em. */
export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20]!;
  // Ideographs and hangul syllables, most of a CJK text, are letters (never marks or controls): what
  // `computeWidth` would find, without a lookup per character (tests/unit/text checks every one).
  if (cp >= 0x3400 && cp <= 0x9fff) return FULL_WIDTH;
  if (cp >= 0xac00 && cp <= 0xd7a3) return HANGUL_WIDTH;
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
  if (isHangul(cp)) return HANGUL_WIDTH;
  if (cp >= 0xff61 && cp <= 0xffdc) return HALF_WIDTH;
  if (EMOJI_PRESENTATION.test(ch)) return EMOJI_WIDTH;
  if (PICTOGRAPH.test(ch)) return PICTOGRAPH_TEXT_WIDTH;
  // "é" is as wide as "e": measure the base letter of the canonical decomposition.
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base !== cp) return charWidth(base);
  return DEFAULT_WIDTH;
}

/**
 * Code points that join several into one glyph: ZWJ, variation selector 16, keycap, regional
 * indicators, skin-tone modifiers, tag characters. Text without any is measured code point by
 * code point; text with one is split into grapheme clusters first (an emoji is one glyph).
 */
const JOINS = /[\u200d\ufe0f\u20e3]|\ud83c[\udde6-\uddff\udffb-\udfff]|\udb40[\udc20-\udc7f]/;
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Width of one grapheme cluster: an emoji sequence is one emoji; anything else the sum of its code points. */
function clusterWidth(cluster: string): number {
  const first = cluster.codePointAt(0)!;
  const single = cluster.length === (first > 0xffff ? 2 : 1);
  if (single) return charWidth(first);
  if (/\ufe0f|\u20e3|\u200d/.test(cluster) && /\p{Extended_Pictographic}|\u20e3/u.test(cluster)) return EMOJI_WIDTH;
  if (/^\p{Regional_Indicator}{2}$/u.test(cluster) || /^\p{Extended_Pictographic}\p{Emoji_Modifier}$/u.test(cluster)) return EMOJI_WIDTH;
  if (/^\p{Extended_Pictographic}/u.test(cluster) && /[\u{e0020}-\u{e007f}]/u.test(cluster)) return EMOJI_WIDTH; // subdivision flags
  let units = 0;
  for (const ch of cluster) units += charWidth(ch.codePointAt(0)!);
  return units;
}

export function textWidth(text: string, fontSizePx: number): number {
  if (segmenter && JOINS.test(text)) {
    let units = 0;
    for (const { segment } of segmenter.segment(text)) units += clusterWidth(segment);
    return (units * fontSizePx) / 1000;
  }
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
  // An emoji sequence is cut whole or not at all.
  const pieces: Iterable<string> = segmenter && JOINS.test(text) ? [...segmenter.segment(text)].map((s) => s.segment) : text;
  for (const piece of pieces) {
    units += clusterWidth(piece);
    if (units > limit) return offset;
    offset += piece.length;
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
