export interface Sentence {
  text: string;
  unit: number;
  /** Index of the first/last+1 UTF-16 unit of the sentence in its unit's text. */
  from: number;
  to: number;
}

/** Words that end in a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'jr', 'sr', 'no', 'fig', 'approx', 'dept', 'est', 'u.s', 'cf', 'al', 'vol', 'ca',
  // Spanish, Portuguese, French
  'sra', 'srta', 'dra', 'p.ej', 'pág', 'pp', 'nº', 'núm', 'av', 'mme', 'mlle', 'm', 'ex', 'env',
  // German
  'z.b', 'd.h', 'bzw', 'usw', 'ggf', 'evtl', 'vgl', 'inkl', 'nr', 'u.a', 'o.ä', 's.o', 's.u', 'bspw',
]);
/** Sentence ends in Chinese and Japanese: no space follows them. */
const CJK_END = new Set(['。', '！', '？', '｡']);
const CJK_CLOSERS = /[」』）】〕”’"'》〉]/;
const CLOSERS = /["'”’»)\]]/;
/** After a sentence end, the next sentence starts with anything but a lower-case letter. */
const NEXT_SENTENCE_START = /^[^\p{Ll}]/u;

/** Whether a sentence from `splitUnit` has anything but whitespace (`splitSentences` keeps only those). */
export function hasText(s: Sentence): boolean {
  return s.text.trim() !== '';
}

/**
 * Appends the sentences of unit number `u` (whose text is `text`) to `out`, stopping once `out`
 * holds `maxSentences`; blank ones included (filter with `hasText`). Lets a caller split units
 * as they are read and stop reading when it has enough.
 */
import { BoundedMap } from '../text/bounded-map';
export function splitUnit(text: string, u: number, out: Sentence[], maxSentences: number, breaks?: readonly number[]): void {
  // Split whole once and remembered (a cap only keeps the first sentences): while someone types,
  // every block but the one being edited comes back unchanged.
  const key = breaks?.length ? `${breaks.join(',')}\u0000${text}` : text;
  let all = splits.get(key);
  if (!all) {
    all = [];
    splitWhole(text, 0, all, Infinity, breaks);
    splits.set(key, all);
  }
  for (let i = 0; i < all.length && out.length < maxSentences; i++) out.push({ ...all[i]!, unit: u });
}

const MAX_SPLITS = 2_000;
const splits = new BoundedMap<string, Sentence[]>(MAX_SPLITS);

function splitWhole(text: string, u: number, out: Sentence[], maxSentences: number, breaks?: readonly number[]): void {
  if (!breaks?.length) return splitRange(text, 0, text.length, u, out, maxSentences);
  // A hard line break after a label line ends it as a fragment (a release note's "**Responsive
  // layout** (#1406) by @dev⏎Better on phones."): the label is not glued to the sentence under
  // it. A sentence wrapped at the break goes on: before a lower-case word, after a word that
  // needs one ("…together with⏎Harbour Rowing Club", "…prüft jetzt die⏎Gezeiten"), or when the
  // line is longer than a label.
  let start = 0;
  for (const b of breaks) {
    if (b <= start || b >= text.length) continue;
    const before = text.slice(start, b).trimEnd();
    let next = b;
    while (text[next] === ' ') next++;
    if (!before || endsLikeSentence(before) || /^\p{Ll}/u.test(text[next] ?? '') || !isLabelLine(lastLine(before))) continue;
    splitRange(text, start, b, u, out, maxSentences);
    start = next;
  }
  splitRange(text, start, text.length, u, out, maxSentences);
}

/** The longest label a break ends: a change's name, its number and its author. */
const MAX_LABEL_CHARS = 60;
/** Words a sentence cannot end on: it goes on after the break. */
const CONTINUES =
  /(?:^|\s)(?:a|an|the|of|to|in|on|at|for|with|from|by|and|or|but|as|than|that|into|onto|about|is|are|was|were|der|die|das|den|dem|des|ein|eine|einen|einem|und|oder|mit|von|zu|im|für|auf|ist|sind|le|la|les|un|une|de|du|des|et|ou|avec|pour|dans|sur|par|est|el|los|las|y|o|con|para|por|en|del|es|son|os|as|um|uma|e|com|em|do|da|dos|das|no|na|é|são)$/iu;

/** What follows the last sentence end of `text` (the line the break ends). */
function lastLine(text: string): string {
  // Read back at most a label's length (plus closers): a longer line is no label anyway.
  const from = Math.max(0, text.length - MAX_LABEL_CHARS * 2 - 8);
  for (let i = text.length - 1; i >= from; i--) {
    const c = text[i]!;
    if (CJK_END.has(c) || ((c === '.' || c === '!' || c === '?' || c === '…') && text[i + 1] === ' ')) return text.slice(i + 1).trim();
  }
  return text.slice(from).trim();
}

function isLabelLine(line: string): boolean {
  return [...line].length <= MAX_LABEL_CHARS && !CONTINUES.test(line);
}

function splitRange(text: string, start: number, stop: number, u: number, out: Sentence[], maxSentences: number): void {
  if (out.length >= maxSentences) return;
  let from = start;
  for (let i = start; i < stop; i++) {
    // Most characters end nothing: ruled out by char code before any string is made.
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 0x3002 && code !== 0xff01 && code !== 0xff1f && code !== 0xff61) continue;
    const c = text[i]!;
    if (CJK_END.has(c)) {
      let end = i + 1;
      while (end < stop && (CJK_END.has(text[end]!) || CJK_CLOSERS.test(text[end]!))) end++;
      out.push({ text: text.slice(from, end), unit: u, from, to: end });
      // A space after a full stop is not part of the next sentence.
      from = text[end] === ' ' ? end + 1 : end;
      i = from - 1;
      if (out.length >= maxSentences) break;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < stop && (CLOSERS.test(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    const atEnd = end >= stop;
    if (!atEnd && (text[end] !== ' ' || !(NEXT_SENTENCE_START.test(text[end + 1] ?? '') || afterVersion(text, i)))) continue;
    if (c === '.' && isAbbreviation(text, from, i)) continue;
    out.push({ text: text.slice(from, end), unit: u, from, to: end });
    from = end + 1;
    i = end;
    if (out.length >= maxSentences) break;
  }
  // Trailing text without final punctuation is a fragment (list item, label, date line).
  if (from < stop && out.length < maxSentences) out.push({ text: text.slice(from, stop), unit: u, from, to: stop });
}

/**
 * A period right after a version number ("We released dbplyr 2.4.0. dbplyr is…") ends the
 * sentence even before a lower-case word: names of tools are often written in lower case.
 */
function afterVersion(text: string, period: number): boolean {
  return /(?:^|\s)v?\d+\.\d+(?:\.\d+)*$/.test(text.slice(Math.max(0, period - 20), period));
}

function isAbbreviation(text: string, sentenceStart: number, period: number): boolean {
  let w = period;
  while (w > sentenceStart && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, period).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single letter: an initial ("J. Smith") or part of an abbreviation written with spaces ("z. B.").
  return word.length === 1 && /\p{L}/u.test(text[w]!);
}

/** Ends like a sentence: final . ! ? or …, possibly inside closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.test(text[i]!) || CJK_CLOSERS.test(text[i]!))) i--;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === '…' || (c !== undefined && CJK_END.has(c));
}


/**
 * Words that make a line a clause rather than a name or a label: common verbs and auxiliaries of
 * the languages the suggester knows ("Hot module reloading is now supported…", "Skypix lets you…").
 */
const CLAUSE_VERB =
  /(?<!\p{L})(?:is|are|was|were|has|have|had|can|could|will|would|now|does|do|lets|allows|adds|makes|provides|supports|gives|comes|gets|offers|contains|brings|helps|uses|shows|runs|works|includes|fixes|improves|introduces|es|son|está|están|tiene|puede|é|são|pode|tem|permite|est|sont|peut|permet|ist|sind|kann|wird|hat)(?!\p{L})/iu;

/**
 * Whether a line that lacks final punctuation (a list item) is still a complete statement that
 * reads as a sentence once a period is added: six words or more, starting with a capital or a
 * digit, holding a verb, and not a title in Title Case or a label ("Step 2: …", "12:31 - Talk").
 * Release notes and showcases write their news this way.
 */
export function isUnpunctuatedClause(text: string): boolean {
  const t = text.trim();
  // Cheapest tests first: this runs for every fragment read (names, labels, dates).
  // Six words need five spaces.
  let spaces = 0;
  for (let i = 0; i < t.length && spaces < 5; i++) if (t.charCodeAt(i) === 32) spaces++;
  if (spaces < 5 || t.endsWith(':') || t.endsWith('：') || !/^[\p{Lu}\p{N}]/u.test(t) || /^[^:：]{1,24}[:：]\s/u.test(t) || /^\d[\d:.]*\s+[-–—]/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return false;
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalized = long.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized * 2 < Math.max(1, long.length - 1) && CLAUSE_VERB.test(t);
}
