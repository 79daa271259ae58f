import type { Candidate } from './candidate';

/** Suggestions offered at most. */
const MAX_RESULTS = 5;

/**
 * The best candidates, at most five, each saying something the others don't: one per starting
 * sentence and no near-copies first; if that leaves fewer than three, other shortenings of
 * sentences already used are allowed.
 */
export function choose(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.suggestion.score.total - a.suggestion.score.total || a.position - b.position || a.text.localeCompare(b.text));
  const chosen: Candidate[] = [];
  const texts = new Set<string>();
  const pass = (level: 0 | 1 | 2) => {
    for (const c of ranked) {
      if (chosen.length >= MAX_RESULTS) return;
      if (texts.has(c.text)) continue;
      const clash = chosen.some((o) => (level === 0 && o.first !== undefined && o.first === c.first) || similarity(o.terms, c.terms) > [0.6, 0.85, 1][level]!);
      if (clash) continue;
      chosen.push(c);
      texts.add(c.text);
    }
  };
  pass(0);
  // Too few: other shortenings of sentences already used, then anything with a different text.
  if (chosen.length < 3) pass(1);
  if (chosen.length < 3) pass(2);
  return chosen.sort((a, b) => b.suggestion.score.total - a.suggestion.score.total || a.position - b.position);
}

/** Shared terms over all terms (Jaccard): how much two candidates say the same thing. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  a.forEach((t) => {
    if (b.has(t)) both++;
  });
  return both / (a.size + b.size - both);
}
