/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (β = 1), written out here so the bench needs nothing but the
 * repository. Tokens: NFKC, lower case; a run of letters/digits is one token in alphabetic
 * scripts, and every Han, kana or hangul character is a token of its own (those scripts don't
 * separate words with spaces, so character n-grams are the usual unit for CJK ROUGE).
 * No stemming and no stop-word removal: every system is scored with the same tokenizer.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (WORD_CHAR.test(ch)) {
      word += ch;
    } else {
      if (word) out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

function counts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function rougeN(cand: readonly string[], ref: readonly string[], n: number): number {
  const c = counts(cand, n);
  const r = counts(ref, n);
  let overlap = 0;
  for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
  return f1(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence (two rows of the usual table). */
export function lcs(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-1/2/L F1 of `candidate` against one `reference`. */
export function rouge(candidate: string, reference: string): Rouge {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: f1(lcs(c, r), c.length, r.length) };
}

export const ZERO: Rouge = { r1: 0, r2: 0, rl: 0 };

/** The element-wise best of several scores (best-of-k: each measure's best candidate). */
export function bestOf(scores: readonly Rouge[]): Rouge {
  return scores.reduce((a, b) => ({ r1: Math.max(a.r1, b.r1), r2: Math.max(a.r2, b.r2), rl: Math.max(a.rl, b.rl) }), ZERO);
}
