/**
 * What the suggester is compared with: the title alone, the lead paragraph cut at 156
 * characters (what a static-site generator does), and the extractive oracle (the post's single
 * sentence closest to the author's description, which no method reading only the post can beat
 * by picking one sentence).
 */
import { parsePost } from '../../src/core/parse/post';
import { DROPPED, proseUnits } from '../../src/core/suggest/prose';
import { isPlainSentence } from '../../src/core/suggest/shape';
import { splitUnit, type Sentence } from '../../src/core/suggest/sentences';
import { rouge, type Rouge } from './rouge';

const LEAD_CHARS = 156;

export interface PostText {
  paragraphs: string[];
  sentences: string[];
  /** Characters of prose: complete, plain sentences (in paragraphs or list items; code, markup, URLs, fragments and labels left out). */
  proseChars: number;
}

export function postText(input: string): PostText {
  const post = parsePost(input);
  const units = proseUnits(post.body, Number.MAX_SAFE_INTEGER);
  const split: Sentence[] = [];
  units.forEach((u, i) => splitUnit(u.text, i, split, Number.MAX_SAFE_INTEGER));
  const clean = (s: string) => s.replaceAll(DROPPED, ' ').replace(/\s+/g, ' ').trim();
  return {
    paragraphs: units.filter((u) => u.kind === 'paragraph').map((u) => clean(u.text)).filter(Boolean),
    sentences: split.map((s) => clean(s.text)).filter((s) => s.length > 0),
    proseChars: split.filter((s) => isPlainSentence(s.text.trim())).reduce((n, s) => n + [...s.text.trim()].length, 0),
  };
}

/** The first paragraph, cut at a word boundary to 156 characters with "…" (CJK text has no spaces: cut at 155). */
export function leadBaseline(text: PostText): string {
  const lead = text.paragraphs[0] ?? '';
  const cps = [...lead];
  if (cps.length <= LEAD_CHARS) return lead;
  const cut = cps.slice(0, LEAD_CHARS - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > LEAD_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The sentence with the best ROUGE-1 against the reference, and its scores. */
export function oracle(text: PostText, reference: string): { sentence: string; score: Rouge } {
  let best = { sentence: '', score: { r1: 0, r2: 0, rl: 0 } as Rouge };
  for (const s of text.sentences) {
    const score = rouge(s, reference);
    if (score.r1 > best.score.r1) best = { sentence: s, score };
  }
  return best;
}
