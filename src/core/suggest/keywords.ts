/*
 * Words of a text, compared by a light stem so "containers" matches "container" and
 * "releasing" matches "released". Deliberately simple: deterministic, English-leaning, cheap.
 */
import { BoundedMap } from '../text/bounded-map';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Calls `each` with every lower-cased word of `text` (a letter or digit, then letters, digits,
 * inner apostrophes and hyphens) and the offset just after it. A hand-written scan: Unicode
 * property regexes were the main cost of scoring candidates. ASCII is classified by char code
 * right here, not in a helper called per character: a post's first analysis runs this before
 * the JIT has compiled it, and a call per character cost more than the comparisons themselves.
 */
export function eachWord(text: string, each: (word: string, end: number) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    // A word starts at a letter or digit: ASCII by code, anything else by \p{L}\p{N}.
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) : !LETTER_OR_DIGIT.test(lower[i]!)) {
      i++;
      continue;
    }
    const start = i++;
    // Inside a word: letters, digits, ' (39), - (45) and ’ (U+2019).
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (d < 128 ? (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 39 || d === 45 || (d >= 65 && d <= 90) : d === 0x2019 || LETTER_OR_DIGIT.test(lower[i]!)) i++;
      else break;
    }
    each(lower.slice(start, i), i);
  }
}

/** Lower-cased words of `text` (apostrophes and hyphens kept inside words). */
export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

export function stem(word: string): string {
  // The same words come back in every analysis while someone types: remember recent stems.
  const known = stems.get(word);
  if (known !== undefined) return known;
  const s = computeStem(word);
  stems.set(word, s);
  return s;
}

const MAX_REMEMBERED_STEMS = 5_000;
const stems = new BoundedMap<string, string>(MAX_REMEMBERED_STEMS);

function computeStem(word: string): string {
  let w = word;
  // Possessives: "club's", "clubs’" (endsWith checks: this runs for every word of every candidate).
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  else if (w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  if (w.length <= 3) return w;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  // "released" → "releas", "release" → "releas": drop a final e so both meet.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** How many words `text` has, and how many of them start with a digit. */
export function wordCounts(text: string): { words: number; numeric: number } {
  let count = 0;
  let numeric = 0;
  eachWord(text, (w) => {
    count++;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) numeric++;
  });
  return { words: count, numeric };
}

