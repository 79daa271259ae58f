/**
 * Key words of a title, compared by a light stem so "containers" matches "container" and
 * "releasing" matches "released". Deliberately simple: deterministic, English-leaning, cheap.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'just me more most my new no not now of on or our out over so than that the their them then there these ' +
    'they this those to too up us was we were what when where which who why will with you your about after all ' +
    'also any before between both each few here just many much off once only other own same should some such ' +
    'through under until very via vs while would yet get got one two'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lower-cased words of `text` (apostrophes and hyphens kept inside words). */
export function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3 || /^\d/.test(w)) return w;
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

/** Stems of the words that carry meaning (stop words and one-letter words removed). */
export function keyStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
