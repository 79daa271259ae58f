import { DESCRIPTION_FONT_PX, textWidth } from '../text/pixel-width';
import { wordCounts } from './keywords';
import { DROPPED } from './prose';
import { endsLikeSentence } from './sentences';

export interface Limits {
  minLength: number;
  /** A description this wide is long enough whatever its character count (wide scripts such as CJK); when the schema has no such field, see `fits`. */
  minPixels?: number;
  maxLength: number;
  maxPixels: number;
}

export interface Measure {
  /** Code points. */
  length: number;
  pixels: number;
}

export function measure(text: string): Measure {
  return { length: codePoints(text), pixels: textWidth(text, DESCRIPTION_FONT_PX) };
}

/**
 * Within the schema's limits: at most `maxLength` characters and `maxPixels` wide, and long
 * enough: `minLength` characters, or `minPixels` wide (a wide script such as CJK reaches the
 * width long before the character count: 990 px is about 70 ideographs). A schema without
 * `minPixels` gets the same share of `maxPixels` as `minLength` is of `maxLength`, for wide
 * text only, so ordinary prose is still held to `minLength` characters.
 */
export function fits(m: Measure, limits: Limits): boolean {
  if (m.length > limits.maxLength || m.pixels > limits.maxPixels) return false;
  return !tooShort(m, limits);
}

/** Whether the pixel limit, not the character limit, is what bounds this kind of text. */
export function isWide(m: Measure, limits: Limits): boolean {
  return m.length > 0 && (m.pixels / m.length) * limits.maxLength > limits.maxPixels * 1.15;
}

/** Shorter than the limits want (something could still be added to it). */
export function tooShort(m: Measure, limits: Limits): boolean {
  if (m.length >= limits.minLength) return false;
  if (limits.minPixels !== undefined) return m.pixels < limits.minPixels;
  return !(isWide(m, limits) && m.pixels >= (limits.maxPixels * limits.minLength) / limits.maxLength);
}

/** How much of the room a search result gives the text uses: the tighter of characters and pixels, 0–1+. */
export function fullness(m: Measure, limits: Limits): number {
  return Math.max(m.length / limits.maxLength, m.pixels / limits.maxPixels);
}

/** Left-over markup, URLs, domains and e-mail addresses: a description must read as plain prose. */
// Domains: a host and a path ("bit.ly/abc", "docs.rs/serde", "example.co.uk/shop"), or a name on a
// common top-level domain; an admonition's "!!! note"; TeX math ("$x + y$", not "$5 and $10").
const NOT_PLAIN = /[<>*_`#|[\]{}\\~^=]|::|^\s*:|https?:|www\.|\S@\S|\w\.(?:com|org|net|io|dev|app|co|ly|rs|sh|me|ai|gg|xyz|page|blog|site|tech)\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[\w-]|^\s*[!?]{3}|\$[^$\d\s][^$]*[^\s$]\$/i;
/** Broken UTF-16 in the source: such text can't be shown or counted reliably. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SURROGATE = /[\ud800-\udfff]/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/g;

/** What `isPlainSentence` needs to know about a text, computed once per sentence so joined sentences are judged without re-reading them. */
export interface TextFacts {
  /** No code, markup, URL or broken UTF-16, and not shouted. */
  plain: boolean;
  /** Does not start in lower case (mid-thought). */
  startsOk: boolean;
  endsOk: boolean;
  words: number;
  numeric: number;
  cjk: number;
}

/** `words`: the text's words (keywords.ts `words`) when the caller has them already, so the text is not scanned twice. */
export function factsOf(text: string, words?: readonly string[]): TextFacts {
  const counts = words ? countsOf(words) : wordCounts(text);
  return {
    plain: !text.includes(DROPPED) && !NOT_PLAIN.test(text) && !(SURROGATE.test(text) && LONE_SURROGATE.test(text)) && !isShouted(text),
    startsOk: !/^\p{Ll}/u.test(text),
    endsOk: endsLikeSentence(text),
    words: counts.words,
    numeric: counts.numeric,
    cjk: text.match(CJK_CHAR)?.length ?? 0,
  };
}

/** What `wordCounts` says of the text these words were read from. */
function countsOf(words: readonly string[]): { words: number; numeric: number } {
  let numeric = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) numeric++;
  }
  return { words: words.length, numeric };
}

/** Whether the texts joined in order read as plain, complete prose (see `isPlainSentence`). */
export function isPlainJoin(parts: readonly TextFacts[]): boolean {
  if (!parts.length || !parts[0]!.startsOk || !parts[parts.length - 1]!.endsOk) return false;
  let words = 0;
  let numeric = 0;
  let cjk = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.plain) return false;
    words += p.words;
    numeric += p.numeric;
    cjk += p.cjk;
  }
  if (cjk < 12 && words < 6) return false;
  // Mostly numbers (dates, times, prices): a schedule line, not a sentence.
  return !(numeric * 2 >= words && cjk < 12);
}

/**
 * Text a description can be made of: complete (ends like a sentence), plain (no code, markup or
 * URL), long enough to say something (6 words, or 12 CJK characters), not shouted, not a line
 * of dates and numbers, and starting like a sentence (not lower case mid-thought).
 */
export function isPlainSentence(text: string): boolean {
  return isPlainJoin([factsOf(text)]);
}

/** Plain as above, for text that need not end like a sentence (a heading or list item used in a composed description). */
export function isPlainPhrase(text: string): boolean {
  if (text.includes(DROPPED) || NOT_PLAIN.test(text)) return false;
  return !(SURROGATE.test(text) && LONE_SURROGATE.test(text));
}

/**
 * Mostly capitals: 8+ letters, over 60 % of them upper case. ASCII by char code; any other
 * character counts as a letter when it has case (its upper and lower forms differ), which is
 * what \p{Lu}/\p{Ll} say for every cased letter but far cheaper than two Unicode regex passes
 * (this runs for every sentence and every shortening of it).
 */
export function isShouted(text: string): boolean {
  let letters = 0;
  let upper = 0;
  // Once the letters that are not capitals make 40 % of the whole text (in integers: ×5 ≥ ×2), they
  // are at least 40 % of its letters, so capitals can't be over 60 %: most sentences stop early.
  const enough = text.length * 2;
  for (let i = 0; i < text.length; i++) {
    if ((letters - upper) * 5 >= enough) return false;
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      const lower = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lower === up) continue;
      letters++;
      if (ch === up) upper++;
    }
  }
  return letters >= 8 && upper / letters > 0.6;
}

export function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}
