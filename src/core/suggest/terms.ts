import { eachWord, stem } from './keywords';
import { CJK_LANGS, CJK_SCRIPT, isStop, type Lang } from './language';

const HIRAGANA = /^[\u3040-\u309f]+$/;

/**
 * The meaningful terms of `text`, normalized so that two mentions of the same thing meet:
 * words without stop words, lightly stemmed (English fully, other Latin-script languages by
 * their plural endings); in CJK text, character bigrams (Japanese ones made only of
 * hiragana are grammar, not content, and are left out) plus any Latin words it contains.
 */
export function termsOf(text: string, lang: Lang, words?: readonly string[]): string[] {
  const out: string[] = [];
  const cjk = CJK_LANGS.has(lang);
  if (cjk || CJK_SCRIPT.test(text)) {
    let run = '';
    const flush = () => {
      for (let i = 0; i + 1 < run.length; i++) {
        const bigram = run.slice(i, i + 2);
        if (!HIRAGANA.test(bigram)) out.push(bigram);
      }
      if (run.length === 1 && !HIRAGANA.test(run)) out.push(run);
      run = '';
    };
    // By code unit and range, not for…of and a regex per character (a CJK post's texts are long):
    // the ranges are CJK_SCRIPT's, all in the BMP, so a surrogate pair breaks a run either way.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7a3)) run += text[i];
      else if (run) flush();
    }
    if (run) flush();
  }
  // `words`: the text's words (keywords.ts `words`) when the caller has them already.
  const take = (w: string) => {
    if (w.length < 2 || isStop(w, lang)) return;
    if (cjk && CJK_SCRIPT.test(w)) return; // already counted as bigrams
    out.push(normalize(w, lang));
  };
  if (words) for (let i = 0; i < words.length; i++) take(words[i]!);
  else eachWord(text, take);
  return out;
}

function normalize(word: string, lang: Lang): string {
  if (lang === 'en') return stem(word);
  const w = word.replace(/['’]s$/, '');
  if (w.length <= 4) return w;
  if (lang === 'de') return w.replace(/(?:en|er|es|e|n|s)$/, '');
  // es, pt, fr: plural and gender endings.
  return w.replace(/(?:es|s)$/, '').replace(/[ao]$/, '');
}

/**
 * How central each term is: in how many sentences it appears, headings counted double. Only
 * repeated terms count. Takes each sentence's terms (already computed by the caller).
 */
export function centralWeights(sentenceTerms: ReadonlyArray<readonly string[]>, headings: readonly string[], lang: Lang): Map<string, number> {
  const df = new Map<string, number>();
  // Indexed loops and forEach, not for…of: see `sharedWithPost`.
  const add = (terms: readonly string[], by: number) => {
    new Set(terms).forEach((t) => df.set(t, (df.get(t) ?? 0) + by));
  };
  for (let i = 0; i < sentenceTerms.length; i++) add(sentenceTerms[i]!, 1);
  for (let i = 0; i < headings.length; i++) add(termsOf(headings[i]!, lang), 2);
  df.forEach((n, t) => {
    if (n < 2) df.delete(t);
  });
  return df;
}

/** Sum of the `k` largest weights: a candidate carrying all of the top terms scores 1. */
export function topWeight(weights: ReadonlyMap<string, number>, k: number): number {
  return [...weights.values()].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
}

/**
 * How central a text is, TextRank-like: the sum of its similarity (cosine over term sets) with
 * every sentence read but the closest one (its own), against the most central of those
 * sentences, capped at 1. A sentence that says what many others say scores high; one that only
 * repeats a single frequent word does not.
 */
export function sharedWithPost(sentenceTerms: ReadonlyArray<readonly string[]>): (terms: ReadonlySet<string>) => number {
  // Loops are indexed, and sets walked with forEach: a post's first analysis runs this before V8
  // optimizes it, and an un-optimized for…of (an iterator object and a call per step) cost
  // several times the loop's own work.
  const sizes: number[] = [];
  // Term → the sentences holding it: a text is compared only with sentences it shares a term with.
  const holders = new Map<string, number[]>();
  const sets = sentenceTerms.map((terms) => new Set(terms));
  for (let s = 0; s < sets.length; s++) {
    const set = sets[s]!;
    if (!set.size) continue;
    const index = sizes.push(set.size) - 1;
    set.forEach((t) => {
      const list = holders.get(t);
      if (list) list.push(index);
      else holders.set(t, [index]);
    });
  }
  const both = new Array<number>(sizes.length).fill(0);
  const shared = (terms: ReadonlySet<string>): number => {
    if (!terms.size) return 0;
    both.fill(0);
    terms.forEach((t) => {
      const list = holders.get(t);
      if (list) for (let k = 0; k < list.length; k++) both[list[k]!]!++;
    });
    let sum = 0;
    let closest = 0;
    for (let i = 0; i < sizes.length; i++) {
      if (!both[i]) continue;
      const sim = both[i]! / Math.sqrt(terms.size * sizes[i]!);
      sum += sim;
      closest = Math.max(closest, sim);
    }
    // The closest sentence is the one the text comes from: what counts is what it shares with the others.
    return sum - closest;
  };
  let most = 0;
  for (let s = 0; s < sets.length; s++) most = Math.max(most, shared(sets[s]!));
  return (terms) => (most > 0 ? Math.min(1, shared(terms) / most) : 0);
}
