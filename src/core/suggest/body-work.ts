import type { Candidate } from './candidate';
import { firstWord, lowerCaseWords } from './casing';
import type { Vocabulary } from './compose';
import { ANNOUNCEMENT_REPHRASED, POST_SHOWS_HOW } from './compress';
import { eachWord } from './keywords';
import { CJK_LANGS, type Lang, type Lexicon } from './language';
import { costlySteps, mayFitSideBySide, narrowestOf, pieceOf, runVariants, shorteningsOf, ZERO, type Piece } from './pieces';
import { specificHeadings } from './post-kind';
import { DROPPED, type ProseUnit } from './prose';
import type { Stitch } from './score';
import { fits, fullness, isPlainJoin, type Limits, type Measure } from './shape';
import type { Sentence } from './sentences';
import { centralWeights, sharedWithPost, termsOf, topWeight } from './terms';
import { BoundedMap } from '../text/bounded-map';

/**
 * What the suggester works out from the post's opening alone, whatever its title: each
 * sentence's pieces, the post's central terms, and the candidates made of neighbouring sentences
 * with the parts of their score the title does not change. Remembered, so that typing in the
 * title re-scores these candidates instead of reading the sentences again (the title changes
 * only which words a candidate is credited for, and the candidates led by it).
 */
export interface BodyWork {
  /** The read they were made from (same texts as any read with the same key): candidates point at these sentences. */
  sentences: readonly Sentence[];
  originals: readonly Piece[];
  /** Sentences a candidate may be made of (no questions, calls to action, text cut off…). */
  usable: readonly boolean[];
  /** Sentences that need the one before them ("This…", "It…"). */
  leansBack: readonly boolean[];
  piecesOf(s: Sentence): Piece[];
  /** Candidates of one to three neighbouring sentences, in the post's order. */
  runs: readonly Draft[];
  /** Candidates of two separate sentences of the opening (`few`: fewer than three other candidates, so more sentences may be shortened into one). */
  pairs(few: boolean): readonly Draft[];
  /** The score parts of any text of this post that don't depend on the title. */
  titleFree(text: string, knownTerms: readonly string[] | undefined, rephrased: boolean): TitleFree;
  /** Every word of the sentences read. */
  words(): Set<string>;
  /** Which words the post writes in lower case. */
  vocabulary(): Required<Vocabulary>;
  /** Section headings that name something of their own (post-kind.ts): the whole post's share of what makes it a roundup. */
  specificHeadings: number;
}

/** The parts of a sentence candidate's score its title does not change. */
export interface TitleFree {
  terms: Set<string>;
  topic: number;
  leans: boolean;
  pointsAround: boolean;
  /** The summary part; undefined when it is the larger of `cues` and the credit for defining what the title names. */
  summary: number | undefined;
  cues: number;
  /** The terms of what the text defines ("Octant is a web interface…": "octant"), if it defines something. */
  defined: string[] | undefined;
}

/** A candidate from the body, measured and scored as far as the title allows. */
export interface Draft {
  candidate: Omit<Candidate, 'suggestion' | 'terms'>;
  m: Measure;
  fullness: number;
  steps: number;
  stitched?: Stitch;
  parts: TitleFree;
}

export interface BodyInput {
  limits: Limits;
  units: readonly ProseUnit[];
  sentences: readonly Sentence[];
  headings: ReadonlyArray<{ text: string; depth: number }>;
  lang: Lang;
  lex: Lexicon;
  /** Words of the title written in lower case that the post names things with (a sentence may start with one). */
  names: ReadonlySet<string>;
  /** Offer shortenings of every sentence (slower), not only of those too long or holding words a description does without. */
  everySentence: boolean;
}

/** Sentences joined into one candidate at most: two, or three in CJK (its sentences are short: 920 px holds about three). */
const MAX_RUN = 3;
/** Sentences a candidate may start at (later ones still count for the post's central terms). */
const MAX_STARTS = 16;
const MAX_SHORTENED = 20;
/** Text a shortening could improve: parentheticals, dash asides, comma asides, trailing clauses. */
const SHORTENABLE = /[(（[—–]|\s--|, (?:which|where|while|who|including|such as|e\.g\.|i\.e\.)\b/;
/** Emoji or stray spaces: the tidied sentence differs. */
const UNTIDY = /[\p{Extended_Pictographic}\uFE0F]|\s[,.;:!?]|\s{2}/u;
/** Sentences from which two non-neighbouring ones may be joined. */
const PAIR_WINDOW = 16;
/** Pieces of each sentence (the sentence and its first shortenings) a pair is made of. */
const PAIR_PIECES = 3;
/** Share of the topic part measured as what a candidate shares with every sentence read (see `sharedWithPost`), the rest by central terms. */
const RANK_SHARE = 0.5;
/** Central terms a candidate is measured against. */
const TOP_TERMS = 10;

const MAX_REMEMBERED = 8;
/** Texts whose title-free parts one body keeps (a release lead in front of a list changes with the title). */
const MAX_KNOWN_PARTS = 500;
const remembered = new BoundedMap<string, BodyWork>(MAX_REMEMBERED, 'oldest');

/**
 * The body's work for this read, remembered under `key` (the read's texts, headings and limits,
 * without the title), the language, `everySentence` and the title's lower-case names the
 * sentences use: the only ways the title reaches this work.
 */
export function bodyWorkFor(key: string, input: BodyInput): BodyWork {
  const used = [...input.names].filter((w) => input.sentences.some((s) => s.text.includes(w)));
  const full = `${key}\u0002${input.lang}${input.everySentence ? '+' : ''}\u0002${used.join(' ')}`;
  let work = remembered.get(full);
  if (!work) {
    // Adjacency is worked out before: nothing remembered holds the read's blocks (their tokens keep the whole post's text).
    const { units, ...rest } = input;
    work = bodyWork({ ...rest, names: new Set(used), follows: followsBefore(input.sentences, units) });
    remembered.set(full, work);
  }
  return work;
}

function bodyWork({ limits, sentences, headings, lang, lex, names, everySentence, follows }: Omit<BodyInput, 'units'> & { follows: readonly boolean[] }): BodyWork {
  // A tool named in lower case in the title ("dbplyr 2.4.0") may start a sentence as written.
  const asWritten = (p: Piece): Piece => (p.facts.startsOk || !names.has(firstWord(p.text)) ? p : p.withFacts({ ...p.facts, startsOk: true }));
  // Each sentence read once, as written: its width, its facts, its terms.
  const originals = sentences.map((sentence) => asWritten(pieceOf({ text: sentence.text.trim(), steps: [] }, lang)));
  const central = centralWeights(
    originals.map((o) => o.terms),
    headings.map((h) => h.text),
    lang,
  );
  const top = topWeight(central, TOP_TERMS);
  const centrality = sharedWithPost(originals.map((o) => o.terms));
  const titleFree = (text: string, knownTerms: readonly string[] | undefined, rephrased: boolean): TitleFree => {
    const terms = new Set(knownTerms ?? termsOf(text, lang));
    let carried = 0;
    for (const t of terms) carried += central.get(t) ?? 0;
    const leans = lex.anaphoric.test(text);
    // A sentence saying what the post does or announces is what editors publish (behind a "This…"
    // opener it still needs the sentence before it); other cue words count for less.
    const says = !leans && (rephrased || lex.purpose.test(text));
    const open = !leans && !says;
    const cues = open ? Math.min(0.5, (text.match(globalCues(lex)) ?? []).length / 4) : 0;
    const definition = open ? lex.defines?.exec(text) : undefined;
    return {
      terms,
      topic: (1 - RANK_SHARE) * (top ? Math.min(1, carried / top) : 0) + RANK_SHARE * centrality(terms),
      leans,
      // A conclusion drawn from the sentence before ("…is therefore…") leans on it as much as a pointer to the page around.
      pointsAround: lex.pointsAround.test(text) || lex.leansInside.test(text),
      summary: leans ? 0 : says ? 1 : undefined,
      cues,
      defined: definition ? termsOf(definition[1]!, lang) : undefined,
    };
  };

  // Never offered: sentences about the page rather than the subject, questions, calls to action, and text the author cut off ("…").
  const usable = sentences.map((s, i) => {
    if (i >= MAX_STARTS + MAX_RUN) return false;
    const t = s.text.trim();
    // A dash or a joining word first ("- and finalizing…") is the end of something cut off above.
    return !DANGLING_START.test(t) && !(FRAGMENT.test(t) && !CJK_LANGS.has(lang)) && !lex.meta.test(t) && !/[?？]["'”’)\]」』）]*$/u.test(t) && !/(?:…|\.\.\.)["'”’)\]」』）]*$/u.test(t) && !lex.callToAction.test(t) && !PLEASE.test(t);
  });
  const leansBack = originals.map((o) => lex.anaphoric.test(o.text));
  // Shortenings only where they can help: a sentence too long for the snippet, or one with
  // words a description does without (an opening marker, a parenthetical, an aside). Others
  // are used as written: this keeps a long post's suggestions as cheap as its first lines.
  const cache = new Map<Sentence, Piece[]>();
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const piecesOf = (s: Sentence): Piece[] => {
    let vs = cache.get(s);
    if (!vs) {
      const i = indexOf.get(s)!;
      const original = originals[i]!;
      const worth = i < MAX_SHORTENED && (everySentence || original.m.length > limits.maxLength || original.m.pixels > limits.maxPixels || SHORTENABLE.test(original.text) || original.text.includes(DROPPED) || lex.discourse.test(original.text) || POST_SHOWS_HOW.test(original.text) || UNTIDY.test(original.text));
      vs = worth ? [original, ...shorteningsOf(original.text, lang, lex).map((v) => asWritten(pieceOf(v, lang)))] : [original];
      cache.set(s, vs);
    }
    return vs;
  };
  const draft = (candidate: Draft['candidate'], m: Measure, steps: number, terms: readonly string[], stitched?: Stitch): Draft | undefined => {
    if (!fits(m, limits)) return undefined;
    return { candidate, m, fullness: fullness(m, limits), steps, ...(stitched ? { stitched } : {}), parts: titleFree(candidate.text, terms, candidate.how.includes(ANNOUNCEMENT_REPHRASED)) };
  };

  const runs: Draft[] = [];
  sentences.forEach((first, index) => {
    if (index >= MAX_STARTS || !usable[index]) return;
    const run: Sentence[] = [first];
    const longest = CJK_LANGS.has(lang) ? MAX_RUN : 2;
    for (let k = index + 1; k < sentences.length && run.length < longest && usable[k] && follows[k]; k++) run.push(sentences[k]!);
    for (let n = 1; n <= run.length; n++) {
      const parts = run.slice(0, n);
      for (const v of runVariants(parts, piecesOf, limits)) {
        const how = [n === 1 ? `sentence ${index + 1} of the post` : `sentences ${index + 1}–${index + n} of the post`, ...v.steps];
        const d = draft({ text: v.text, how, source: 'sentences', first, last: parts[n - 1], position: index }, v.m, costlySteps(v.steps), v.terms);
        if (d) runs.push(d);
      }
    }
  });

  const pairs = new Map<boolean, Draft[]>();
  const pairsOf = (few: boolean): Draft[] => {
    const out: Draft[] = [];
    // With fewer than three so far, a sentence whose code or aside can be dropped stands alone too (more pairs cost more).
    const standalone = sentences.map((s, i) => usable[i] && !leansBack[i] && (isPlainJoin([originals[i]!.facts]) || (few && i < PAIR_WINDOW && piecesOf(s).some((p) => isPlainJoin([p.facts])))));
    // Most pairs of whole sentences are too long for a snippet: a pair whose narrowest pieces can't fit side by side is not built.
    const narrowest = sentences.map((s, i) => (standalone[i] && i < PAIR_WINDOW ? narrowestOf(piecesOf(s), PAIR_PIECES) : ZERO));
    for (let i = 0; i < Math.min(sentences.length, PAIR_WINDOW); i++) {
      if (!standalone[i]) continue;
      for (let j = i + 2; j < Math.min(sentences.length, PAIR_WINDOW); j++) {
        if (!standalone[j] || !mayFitSideBySide(narrowest[i]!, narrowest[j]!, limits)) continue;
        for (const v of runVariants([sentences[i]!, sentences[j]!], piecesOf, limits, PAIR_PIECES).slice(0, 8)) {
          const how = [`sentences ${i + 1} and ${j + 1} of the post`, ...v.steps];
          const d = draft({ text: v.text, how, source: 'sentences', first: sentences[i], last: sentences[j], position: i + (j - i) / 4 }, v.m, costlySteps(v.steps), v.terms, 'apart');
          if (d) out.push(d);
        }
      }
    }
    return out;
  };

  let words: Set<string> | undefined;
  let vocabulary: Required<Vocabulary> | undefined;
  // The parts of the texts scored with every title (title-led sentences, composed lists), kept
  // with the body: typing in the title asks for the same ones again.
  const known = new BoundedMap<string, TitleFree>(MAX_KNOWN_PARTS);
  return {
    sentences,
    originals,
    usable,
    leansBack,
    piecesOf,
    runs,
    pairs(few) {
      let got = pairs.get(few);
      if (!got) pairs.set(few, (got = pairsOf(few)));
      return got;
    },
    titleFree(text, knownTerms, rephrased) {
      const key = `${rephrased ? '+' : '-'}${text}`;
      let parts = known.get(key);
      if (!parts) {
        known.set(key, (parts = titleFree(text, knownTerms, rephrased)));
      }
      return parts;
    },
    words() {
      if (!words) {
        const out = new Set<string>();
        for (const p of originals) eachWord(p.text, (w) => out.add(w));
        words = out;
      }
      return words;
    },
    vocabulary: () => (vocabulary ??= lowerCaseWords(sentences)),
    specificHeadings: specificHeadings(headings, lang),
  };
}

/** The lexicon's summary cues as a global regex (to count them), made once per lexicon: compiling it per post cost as much as using it. */
function globalCues(lex: Lexicon): RegExp {
  let re = cues.get(lex);
  if (!re) cues.set(lex, (re = new RegExp(lex.summaryCue.source, `${lex.summaryCue.flags.replace('g', '')}g`)));
  return re;
}
const cues = new Map<Lexicon, RegExp>();

/** For each sentence, whether it directly follows the one before it. */
function followsBefore(sentences: readonly Sentence[], units: readonly ProseUnit[]): boolean[] {
  return sentences.map((s, k) => k > 0 && adjacent(sentences[k - 1]!, s, units));
}

/**
 * Whether `b` directly follows `a` in the post (no skipped sentence between them): in the same
 * block, or as the opening of the next paragraph of the same section.
 */
function adjacent(a: Sentence, b: Sentence, units: readonly ProseUnit[]): boolean {
  if (a.unit === b.unit) return b.from === a.to + 1 || b.from === a.to;
  const ua = units[a.unit]!;
  const ub = units[b.unit]!;
  return b.unit === a.unit + 1 && a.to === ua.text.length && b.from === 0 && ua.section === ub.section && ua.kind === 'paragraph' && ub.kind === 'paragraph';
}

/** One or two words with a period ("Smaller.", "Server-side rendering."): a label in the post, not a sentence. */
const FRAGMENT = /^[^\s.!?。！？]+(?:\s+[^\s.!?。！？]+)?[.!]$/u;

/** The rest of a sentence whose start is elsewhere: a dash, or a lower-case joining word. */
const DANGLING_START = /^(?:[-–—•*·]\s?(?=\p{Ll})|[-–—•*·]\s|(?:and|or|but|nor|so|y|e|o|ou|et|und|oder|mais|pero|mas|aber)\s)/u;

/** A sentence asking the reader for something, wherever the "please" is. */
const PLEASE = /\b(?:please|consider (?:\w+ing|membership|a donation|sponsorship)|don['’]t forget|make sure to (?:check|read|subscribe)|reach out to)\b|\b(?:por favor|s['’]il vous plaît|bitte)\b/i;
