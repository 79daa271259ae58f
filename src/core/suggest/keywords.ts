/*
 * Words of a text, compared by a light stem so "containers" matches "container" and
 * "releasing" matches "released". Deliberately simple: deterministic, English-leaning, cheap.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII letters and digits by char code; anything beyond ASCII by a (slower) Unicode test. */
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isWordInside(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || isWordStart(text, i);
}

/**
 * Calls `each` with every lower-cased word of `text` (letters and digits, with inner
 * apostrophes and hyphens) and the offset just after it. A hand-written scan: Unicode
 * property regexes were the main cost of scoring candidates.
 */
export function eachWord(text: string, each: (word: string, end: number) => void): void {
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    if (!isWordStart(lower, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordInside(lower, i)) i++;
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
  if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
  const s = computeStem(word);
  stems.set(word, s);
  return s;
}

const MAX_REMEMBERED_STEMS = 5_000;
const stems = new Map<string, string>();

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

