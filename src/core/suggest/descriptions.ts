import { postTitle } from '../parse/title';
import { DESCRIPTION_FONT_PX, textWidth } from '../text/pixel-width';
import type { DescriptionSuggestion, RuleContext } from '../types';
import { isStopWord, keyStems, words, stem } from './keywords';
import { proseUnits, type ProseUnit } from './prose';
import { endsLikeSentence, hasDropped, splitSentences, type Sentence } from './sentences';
import { round, scoreCandidate } from './score';

/** How much of a post is read: descriptions come from the opening, and a 200 KB post stays cheap. */
const MAX_PROSE_CHARS = 10_000;
const MAX_SENTENCES = 80;
const MAX_RESULTS = 5;
const ELLIPSIS = '…';

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
  const limits: Limits = { minLength: ctx.schema.descriptionMinLength, maxLength: ctx.schema.descriptionMaxLength, maxPixels: ctx.schema.descriptionMaxPixels };
  const title = postTitle(ctx);
  const titleStems = title ? keyStems(title) : new Set<string>();
  const units = proseUnits(ctx.body, MAX_PROSE_CHARS);
  const sentences = splitSentences(units, MAX_SENTENCES).filter(usable);

  const best = new Map<number, DescriptionSuggestion>(); // one per starting sentence, for variety
  sentences.forEach((first, index) => {
    const next = sentences[index + 1];
    const pairable = next && (next.unit === first.unit || (units[next.unit]!.section === units[first.unit]!.section && units[first.unit]!.kind === 'paragraph' && units[next.unit]!.kind === 'paragraph'));
    const runs: Sentence[][] = pairable ? [[first], [first, next]] : [[first]];
    for (const run of runs) {
      const joined = run.map((s) => s.text).join(' ');
      const text = fit(joined, limits);
      if (!text || isTitleCopy(text, title)) continue;
      // How much of the joined run the candidate uses, to point its range at the right sentence.
      const used = text === joined ? joined.length : text.endsWith(ELLIPSIS) ? text.length - 1 : text.length;
      const last = used <= first.text.length || run.length === 1 ? first : run[1]!;
      const usedOfLast = last === first ? Math.min(used, first.text.length) : used - first.text.length - 1;
      const pixels = textWidth(text, DESCRIPTION_FONT_PX);
      const suggestion: DescriptionSuggestion = {
        text,
        length: codePoints(text),
        pixels: round(pixels),
        score: scoreCandidate({ text, titleStems, position: index, limits, pixels }),
        ...sourceRange(ctx, units, first, last, usedOfLast),
      };
      const kept = best.get(index);
      if (!kept || suggestion.score.total > kept.score.total) best.set(index, suggestion);
    }
  });

  return [...best.values()]
    .sort((a, b) => b.score.total - a.score.total || a.start - b.start || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i)
    .slice(0, MAX_RESULTS);
}

/** A sentence a description can be made of: complete, plain, long enough to say something. */
function usable(s: Sentence): boolean {
  const text = s.text;
  if (!endsLikeSentence(text) || hasDropped(text) || NOT_PLAIN.test(text) || LONE_SURROGATE.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  const list = words(text);
  if (list.length < MIN_WORDS) return false;
  // SHOUTED lines are calls to action or labels, not prose.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 8 && upper.length / letters.length > 0.6) return false;
  // Mostly numbers (dates, times, prices): a schedule line, not a sentence.
  return list.filter((w) => /^\d/.test(w)).length * 2 < list.length;
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
  const norm = (s: string) => words(s).map(stem).join(' ');
  const t = norm(title);
  const c = norm(text.replace(/…$/, ''));
  return c === t || t.includes(c);
}

/** Source offsets of the candidate: the first sentence's first character to the last character used. */
function sourceRange(ctx: RuleContext, units: readonly ProseUnit[], first: Sentence, last: Sentence, usedOfLast: number): { start: number; end: number } {
  const a = units[first.unit]!;
  const b = units[last.unit]!;
  const startAt = firstKnown(a.source, first.from, 1) ?? ctx.body.start;
  const lastIndex = last.from + Math.min(usedOfLast, last.to - last.from) - 1;
  const endAt = firstKnown(b.source, lastIndex, -1);
  const start = Math.min(Math.max(0, startAt), ctx.text.length);
  const end = endAt === undefined ? start : Math.min(ctx.text.length, Math.max(start, endAt + 1));
  return { start, end };
}

function firstKnown(source: readonly number[], from: number, step: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < source.length; i += step) if (source[i]! >= 0) return source[i];
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

function codePoints(text: string): number {
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
