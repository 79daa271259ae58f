import { postTitle } from '../../../src/core/parse/title';
import { DESCRIPTION_FONT_PX, textWidth } from '../../../src/core/text/pixel-width';
import type { DescriptionSuggestion, RuleContext } from './types';
import { isStopWord, keyStems, keyStemsAt, wordCounts, words, stem } from './keywords';
import { proseUnits, sourceOffset, type ProseUnit } from './prose';
import { endsLikeSentence, hasDropped, hasText, splitUnit, type Sentence } from './sentences';
import { round, scoreCandidate } from './score';

/** How much of a post is read: descriptions come from the opening, and a 200 KB post stays cheap. */
const MAX_PROSE_CHARS = 2_500;
const MAX_SENTENCES = 24;
const MAX_RESULTS = 5;
const ELLIPSIS = '…';
const EMPTY: ReadonlySet<string> = new Set();

/** Left-over markup, URLs and e-mail addresses: a description must read as plain prose. */
const NOT_PLAIN = /[<>*_`#|[\]{}\\~^=]|https?:|www\.|\S@\S|\.(?:com|org|net|io|dev|app)\b/i;
const MIN_WORDS = 6;
/** Broken UTF-16 in the source: such text can't be shown or counted reliably. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Limits {
  minLength: number;
  maxLength: number;
  maxPixels: number;
}

/**
 * Ranked meta-description candidates taken from the post's own sentences. Deterministic and
 * local. Every candidate is within the schema's length and pixel limits, a sentence or two
 * (cut at a word boundary with "…" when needed), free of markdown and URLs, and not the title.
 * Returns fewer than three, or none, when the post has too little prose.
 */
export function suggestDescriptions(ctx: RuleContext): DescriptionSuggestion[] {
  try {
    return rankedSuggestions(ctx);
  } catch (error) {
    // Only a stack overflow on absurdly nested tokens can get here; no suggestions beat a crash.
    if (error instanceof RangeError) return [];
    throw error;
  }
}

function rankedSuggestions(ctx: RuleContext): DescriptionSuggestion[] {
  const limits: Limits = { minLength: ctx.schema.descriptionMinLength, maxLength: ctx.schema.descriptionMaxLength, maxPixels: ctx.schema.descriptionMaxPixels };
  const title = postTitle(ctx);
  const titleStems = title ? keyStems(title) : new Set<string>();
  // Units are split into sentences as they are read; once MAX_SENTENCES are found the rest of the
  // post is not read at all (same sentences as splitting all MAX_PROSE_CHARS afterwards).
  const split: Sentence[] = [];
  const units = proseUnits(ctx.body, MAX_PROSE_CHARS, (unit, index) => {
    splitUnit(unit.text, index, split, MAX_SENTENCES);
    return split.length >= MAX_SENTENCES;
  });
  const sentences = split.filter(hasText).filter(usable);

  // Stems only matter for the title-word share: each sentence's title stems are found once,
  // with positions, so a cut candidate counts just the words it keeps. Other stems are dropped
  // at once (the score only asks which title stems a candidate has).
  const sentenceStems = new Map<Sentence, Array<{ stem: string; end: number }>>();
  const stemsOf = (s: Sentence) => sentenceStems.get(s) ?? sentenceStems.set(s, keyStemsAt(s.text, titleStems)).get(s)!;
  const candidateStems = (run: readonly Sentence[], last: Sentence, usedOfLast: number): ReadonlySet<string> => {
    if (!titleStems.size) return EMPTY;
    const out = new Set<string>();
    for (const s of run) {
      for (const k of stemsOf(s)) if (s !== last || k.end <= usedOfLast) out.add(k.stem);
      if (s === last) break;
    }
    return out;
  };
  const best = new Map<number, DescriptionSuggestion>(); // one per starting sentence, for variety
  // Source ranges are traced only for the suggestions returned (tracing places inline tokens).
  const origins = new Map<DescriptionSuggestion, { first: Sentence; last: Sentence; usedOfLast: number }>();
  sentences.forEach((first, index) => {
    const next = sentences[index + 1];
    const pairable = next !== undefined && adjacent(first, next, units);
    // A pair is worth trying only when it can add something: the first sentence leaves room
    // for the next, and isn't already a whole candidate that the pair would just cut.
    const firstLength = codePoints(first.text);
    const pairUseful = pairable && firstLength < limits.maxLength && (firstLength < limits.minLength || firstLength + 1 + codePoints(next.text) <= limits.maxLength);
    const runs: Sentence[][] = pairUseful ? [[first], [first, next]] : [[first]];
    for (const run of runs) {
      const joined = run.map((s) => s.text).join(' ');
      const text = fit(joined, limits);
      if (!text || isTitleCopy(text, title)) continue;
      // How much of the joined run the candidate uses, to point its range at the right sentence.
      const used = text === joined ? joined.length : text.endsWith(ELLIPSIS) ? text.length - 1 : text.length;
      const last = used <= first.text.length || run.length === 1 ? first : run[1]!;
      const usedOfLast = last === first ? Math.min(used, first.text.length) : used - first.text.length - 1;
      const pixels = textWidth(text, DESCRIPTION_FONT_PX);
      const length = codePoints(text);
      const suggestion: DescriptionSuggestion = {
        text,
        length,
        pixels: round(pixels),
        score: scoreCandidate({ text, length, titleStems, stems: candidateStems(run, last, usedOfLast), position: index, limits, pixels }),
        start: 0,
        end: 0,
      };
      origins.set(suggestion, { first, last, usedOfLast });
      const kept = best.get(index);
      if (!kept || suggestion.score.total > kept.score.total) best.set(index, suggestion);
    }
  });

  // Map order is document order, so ties go to the earlier sentence.
  const ranked = [...best.values()]
    .sort((a, b) => b.score.total - a.score.total || origins.get(a)!.first.unit - origins.get(b)!.first.unit || origins.get(a)!.first.from - origins.get(b)!.first.from)
    .filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i)
    .slice(0, MAX_RESULTS);
  for (const s of ranked) {
    const o = origins.get(s)!;
    Object.assign(s, sourceRange(ctx, units, o.first, o.last, o.usedOfLast));
  }
  return ranked;
}

/**
 * Whether `b` directly follows `a` in the post (no skipped sentence between them): in the same
 * block, or as the opening of the next paragraph of the same section.
 */
function adjacent(a: Sentence, b: Sentence, units: readonly ProseUnit[]): boolean {
  if (a.unit === b.unit) return b.from === a.to + 1;
  const ua = units[a.unit]!;
  const ub = units[b.unit]!;
  return b.unit === a.unit + 1 && a.to === ua.text.length && b.from === 0 && ua.section === ub.section && ua.kind === 'paragraph' && ub.kind === 'paragraph';
}

/** A sentence a description can be made of: complete, plain, long enough to say something. */
function usable(s: Sentence): boolean {
  const text = s.text;
  if (!endsLikeSentence(text) || hasDropped(text) || NOT_PLAIN.test(text)) return false;
  if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  const counts = wordCounts(text);
  if (counts.words < MIN_WORDS) return false;
  // SHOUTED lines are calls to action or labels, not prose.
  if (isShouted(text)) return false;
  // Mostly numbers (dates, times, prices): a schedule line, not a sentence.
  return counts.numeric * 2 < counts.words;
}

/** Mostly capitals: 8+ letters, over 60 % of them upper case (ASCII counted by a loop; other scripts by regex). */
function isShouted(text: string): boolean {
  let letters = 0;
  let upper = 0;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) other = true;
  }
  if (other && letters < 8) {
    letters = text.replace(/[^\p{L}]/gu, '').length;
    upper = text.replace(/[^\p{Lu}]/gu, '').length;
  }
  return letters >= 8 && upper / letters > 0.6;
}

/**
 * `text` itself when it is within the limits; when too long, its longest prefix ending at a
 * word boundary, with "…" (counted), that is within them; undefined when neither exists.
 */
function fit(text: string, limits: Limits): string | undefined {
  const within = (t: string) => {
    const n = codePoints(t);
    return n >= limits.minLength && n <= limits.maxLength && textWidth(t, DESCRIPTION_FONT_PX) <= limits.maxPixels;
  };
  if (within(text)) return text;
  if (codePoints(text) < limits.minLength) return undefined;
  // Walk word boundaries back from the longest prefix that could fit (one place kept for "…").
  let boundary = text.lastIndexOf(' ', indexAfterCodePoints(text, limits.maxLength));
  while (boundary > 0) {
    const prefix = text.slice(0, trimTrailing(text, boundary, TRAILING_JUNK));
    const lastWord = prefix.slice(trimTrailing(prefix, prefix.length, WORD_CHAR));
    if (codePoints(prefix) + 1 < limits.minLength) return undefined;
    if (lastWord && !isStopWord(lastWord)) {
      const candidate = endsLikeSentence(prefix) ? prefix : prefix + ELLIPSIS;
      if (within(candidate)) return candidate;
    }
    boundary = text.lastIndexOf(' ', boundary - 1);
  }
  return undefined;
}

/** Punctuation that must not sit before an ellipsis ("word,…", "the (…"). */
const TRAILING_JUNK = /[\s,;:–—\-(“‘"'«]/;
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** Index where the run of `pattern` characters ending at `end` begins. (A backward scan: `…+$` regexes are quadratic.) */
function trimTrailing(text: string, end: number, pattern: RegExp): number {
  let i = end;
  while (i > 0 && pattern.test(text[i - 1]!)) i--;
  return i;
}

function isTitleCopy(text: string, title: string | undefined): boolean {
  if (!title) return false;
  // A candidate much longer than the title can be neither equal to it nor contained in it.
  if (text.length > title.length + 8) return false;
  const norm = (s: string) => words(s).map(stem).join(' ');
  const t = norm(title);
  const c = norm(text.replace(/…$/, ''));
  return c === t || t.includes(c);
}

/** Source offsets of the candidate: the first sentence's first character to the last character used. */
function sourceRange(ctx: RuleContext, units: readonly ProseUnit[], first: Sentence, last: Sentence, usedOfLast: number): { start: number; end: number } {
  const a = units[first.unit]!;
  const b = units[last.unit]!;
  const startAt = firstKnown(ctx, a, first.from, 1) ?? ctx.body.start;
  const lastIndex = last.from + Math.min(usedOfLast, last.to - last.from) - 1;
  const endAt = firstKnown(ctx, b, lastIndex, -1);
  const start = Math.min(Math.max(0, startAt), ctx.text.length);
  const end = endAt === undefined ? start : Math.min(ctx.text.length, Math.max(start, endAt + 1));
  return { start, end };
}

function firstKnown(ctx: RuleContext, unit: ProseUnit, from: number, step: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < unit.text.length; i += step) {
    const at = sourceOffset(ctx.body, unit, i);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** The UTF-16 index just after the first `count` code points of `text`. */
function indexAfterCodePoints(text: string, count: number): number {
  let i = 0;
  for (let n = 0; n < count && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

const SURROGATE = /[\ud800-\udfff]/;

function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}
