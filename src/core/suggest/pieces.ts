import { ANNOUNCEMENT_REPHRASED, variantsOf, type Variant } from './compress';
import { words } from './keywords';
import type { Lang, Lexicon } from './language';
import type { Sentence } from './sentences';
import { factsOf, fits, isPlainJoin, measure, type Limits, type Measure, type TextFacts } from './shape';
import { termsOf } from './terms';
import { BoundedMap } from '../text/bounded-map';

/**
 * The pieces candidates are built of: each sentence and its shortenings, measured and read once
 * and remembered while someone types, and the joining of a run of sentences into one text.
 */

/** Shortenings of one sentence considered (the unchanged sentence first), for the first this many sentences. */
const MAX_VARIANTS = 6;

/**
 * A shortening of one sentence, measured and read once (joined runs add these up instead of
 * re-reading text). Its terms are read when first asked for: most shortenings end up in no
 * candidate that fits, and only those that do are scored.
 */
export class Piece implements Variant {
  #terms: string[] | undefined;
  constructor(
    readonly text: string,
    readonly steps: string[],
    readonly m: Measure,
    readonly facts: TextFacts,
    private readonly lang: Lang,
    /** The same text read before (its terms are those). */
    private readonly same?: Piece,
    /** Its words, read once for its facts and kept for its terms (dropped once those are known). */
    private words?: string[],
  ) {}

  get terms(): string[] {
    if (this.same) return this.same.terms;
    if (!this.#terms) {
      this.#terms = termsOf(this.text, this.lang, this.words);
      this.words = undefined;
    }
    return this.#terms;
  }

  /** The same text reached by other steps. */
  withSteps(steps: string[]): Piece {
    return new Piece(this.text, steps, this.m, this.facts, this.lang, this);
  }

  /** The same text with other facts (a sentence that may start in lower case). */
  withFacts(facts: TextFacts): Piece {
    return new Piece(this.text, this.steps, this.m, facts, this.lang, this);
  }
}

/**
 * A text's width, facts and terms, remembered: while someone types, every analysis sees the
 * same sentences again except the one being edited (like `stem`'s memo). Bounded.
 */
export function pieceOf(v: Variant, lang: Lang): Piece {
  const key = `${lang}\u0000${v.text}`;
  let known = pieces.get(key);
  if (!known) {
    // One scan of its words serves both its facts and (later) its terms.
    const ws = words(v.text);
    known = new Piece(v.text, [], measure(v.text), factsOf(v.text, ws), lang, undefined, ws);
    pieces.set(key, known);
  }
  return v.steps.length ? known.withSteps(v.steps) : known;
}

/** The shortenings of a sentence, remembered for the same reason. */
export function shorteningsOf(text: string, lang: Lang, lex: Lexicon): Variant[] {
  const key = `${lang}\u0000${text}`;
  let known = shortenings.get(key);
  if (!known) {
    // The first variant is the sentence tidied (emoji and stray spaces gone): kept when that changed anything.
    // Only the first MAX_VARIANTS - 1 different from the sentence are kept: asking for MAX_VARIANTS is enough when at most
    // one of them is the sentence as written (always, unless tidying changes a text twice); otherwise all are worked out.
    const first = variantsOf(text, lang, lex, MAX_VARIANTS);
    known = first.filter((v) => v.text !== text);
    if (known.length < MAX_VARIANTS - 1 && first.length === MAX_VARIANTS) known = variantsOf(text, lang, lex).filter((v) => v.text !== text);
    known = known.slice(0, MAX_VARIANTS - 1);
    shortenings.set(key, known);
  }
  return known;
}

const MAX_REMEMBERED = 3_000;
const pieces = new BoundedMap<string, Piece>(MAX_REMEMBERED);
const shortenings = new BoundedMap<string, Variant[]>(MAX_REMEMBERED);

/** A candidate text made of pieces. */
interface Joined {
  text: string;
  steps: string[];
  m: Measure;
  facts: TextFacts[];
  terms: string[];
}

/**
 * The sentences of a run as one text, each shortened where it can be: the first may lose its
 * opening words, any may lose parentheticals and asides or end before a trailing clause. Joined
 * with a space (nothing between CJK sentences). Widths add up, so combinations already too wide
 * are dropped before any text is built.
 */
export function runVariants(run: readonly Sentence[], piecesOf: (s: Sentence) => Piece[], limits: Limits, perSentence = 5): Joined[] {
  // Combinations are pieces and a width until the end: only those that fit and read as plain
  // prose get their text, steps and terms built (most two-sentence combinations don't fit).
  let out: Combo[] = [{ pieces: [], m: ZERO }];
  for (let i = 0; i < run.length; i++) {
    const options = piecesOf(run[i]!);
    const count = Math.min(options.length, i < run.length - 1 ? Math.min(4, perSentence) : perSentence);
    const next: Combo[] = [];
    // At most MAX_COMBOS are carried on, the first ones found: building more would be wasted.
    for (let c = 0; c < out.length && next.length < MAX_COMBOS; c++) {
      const a = out[c]!;
      const last = a.pieces[a.pieces.length - 1];
      const gap = last && !CJK_STOP.test(last.text) ? SPACE : ZERO;
      // Summed in the same order as a whole text's parts, so widths come out to the same bits.
      const length = a.m.length + gap.length;
      const pixels = a.m.pixels + gap.pixels;
      for (let k = 0; k < count && next.length < MAX_COMBOS; k++) {
        const b = options[k]!;
        const m = { length: length + b.m.length, pixels: pixels + b.m.pixels };
        if (m.length > limits.maxLength || m.pixels > limits.maxPixels) continue;
        // Copied into a literal: V8 learns from a literal's first use that it holds objects (a slice
        // of the first, empty combination would be an array of small integers, reshaped on push).
        const pieces: Piece[] = [];
        for (let p = 0; p < a.pieces.length; p++) pieces.push(a.pieces[p]!);
        pieces.push(b);
        next.push({ pieces, m });
      }
    }
    out = next;
  }
  const joined: Joined[] = [];
  for (let o = 0; o < out.length; o++) {
    const c = out[o]!;
    if (!fits(c.m, limits)) continue;
    const facts = c.pieces.map((p) => p.facts);
    if (!isPlainJoin(facts)) continue;
    const first = c.pieces[0]!;
    let text = first.text;
    let steps = first.steps;
    let terms = first.terms;
    for (let k = 1; k < c.pieces.length; k++) {
      const b = c.pieces[k]!;
      text = joinSentences(text, b.text);
      steps = steps.length ? steps.concat(b.steps) : b.steps;
      terms = terms.length ? terms.concat(b.terms) : b.terms;
    }
    joined.push({ text, steps, m: c.m, facts, terms });
  }
  return joined;
}

/**
 * The least length and the least width among the first `count` pieces (each may come from a
 * different piece): nothing `runVariants` builds from them is shorter or narrower.
 */
export function narrowestOf(pieces: readonly Pick<Piece, 'm'>[], count: number): Measure {
  let length = Infinity;
  let pixels = Infinity;
  for (let k = 0; k < Math.min(count, pieces.length); k++) {
    length = Math.min(length, pieces[k]!.m.length);
    pixels = Math.min(pixels, pieces[k]!.m.pixels);
  }
  return { length, pixels };
}

/**
 * Whether two texts at least as long and wide as `a` and `b` could fit the limits joined: a
 * quick no for most pairs of sentences. Exact, not approximate: `runVariants` adds the same
 * widths (plus a gap of zero or one space), and a sum of floating-point numbers never
 * decreases when one of them grows, so when this says no, every combination it builds is too long.
 */
export function mayFitSideBySide(a: Measure, b: Measure, limits: Limits): boolean {
  return a.length + b.length <= limits.maxLength && a.pixels + b.pixels <= limits.maxPixels;
}

/** A combination of pieces being built (see `runVariants`). */
interface Combo {
  pieces: Piece[];
  m: Measure;
}

/** Combinations carried from one sentence of a run to the next. */
const MAX_COMBOS = 16;
const CJK_STOP = /[。！？]$/u;
const SPACE: Measure = measure(' ');
export const ZERO: Measure = { length: 0, pixels: 0 };

/** Steps that change what is said a little (dropping the opening words only removes filler, so it is free). */
export function costlySteps(steps: readonly string[]): number {
  return steps.filter((s) => s !== 'opening words dropped' && s !== ANNOUNCEMENT_REPHRASED).length;
}

function joinSentences(a: string, b: string): string {
  return CJK_STOP.test(a) ? a + b : `${a} ${b}`;
}
