import type { Finding } from '../types';
import { t, type Key, type Locale } from '../../i18n';

const NAMES: Record<string, Key> = {
  '\u200b': 'charZwsp',
  '\u200c': 'charZwnj',
  '\u200d': 'charZwj',
  '\u2060': 'charWordJoiner',
  '\ufeff': 'charBom',
};

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]+/g;
const ZERO_WIDTH_CHARS = Object.keys(NAMES);
const SOFT_HYPHENS = /\u00ad+/g;
/** Joiners are meaningful inside emoji sequences (👩‍💻) and in scripts that need them (Persian, Indic…). */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const JOINING_LETTER_BEFORE = /(?![\p{Script=Latin}\p{Script=Common}])[\p{L}\p{M}]$/u;
const JOINING_LETTER_AFTER = /^(?![\p{Script=Latin}\p{Script=Common}])[\p{L}\p{M}]/u;

/**
 * Zero-width characters and soft hyphens in the body. They are invisible in the editor yet
 * break search, copy-paste of words, spell-checking and, inside links, the URL itself.
 * A byte-order mark at the very start of the file is legitimate and ignored.
 */
export function invisibleCharacters(body: string, base: number, whole: string, locale?: Locale): Finding[] {
  const out: Finding[] = [];
  // Most posts have none: a few indexOf scans are far cheaper than running the patterns over the body.
  const anyZeroWidth = ZERO_WIDTH_CHARS.some((c) => body.includes(c));
  const anySoftHyphen = body.includes('\u00ad');
  if (!anyZeroWidth && !anySoftHyphen) return out;
  for (const m of anyZeroWidth ? body.matchAll(ZERO_WIDTH) : []) {
    const start = base + m.index!;
    const run = m[0];
    if (start === 0 && run === '\ufeff') continue;
    if (run.length === 1 && isMeaningfulJoiner(run, whole.slice(Math.max(0, start - 2), start), whole.slice(start + 1, start + 3))) continue;
    const kinds = [...new Set(run)].map((c) => t(locale, NAMES[c]!)).join(', ');
    const change = { description: t(locale, 'pasteInvisibleFix'), edits: [{ start: start === 0 && run[0] === '\ufeff' ? 1 : start, end: start + run.length, text: '' }] };
    const at = m.index!;
    const finding: Finding = {
      start,
      end: start + run.length,
      message: t(locale, 'pasteInvisible', { kinds, count: run.length > 1 ? 2 : 1 }),
      data: { kind: 'zero-width', chars: [...run].map((c) => c.codePointAt(0)!.toString(16)) },
    };
    // Where the character keeps markdown syntax apart, taking it out changes the post: offered one at a time.
    if (removalMakesSyntax(body, at, at + run.length, '')) finding.suggestions = [change];
    else finding.fix = change;
    out.push(finding);
  }
  for (const m of anySoftHyphen ? body.matchAll(SOFT_HYPHENS) : []) {
    if (isHyphenationHint(body, m.index!, m[0].length)) continue;
    const start = base + m.index!;
    const change = { description: t(locale, 'pasteSoftHyphenFix'), edits: [{ start, end: start + m[0].length, text: '' }] };
    // As for zero-width characters: "\u00ad# Title" is text, "# Title" a heading.
    const offered = removalMakesSyntax(body, m.index!, m.index! + m[0].length, '') ? { suggestions: [change] } : { fix: change };
    out.push({ start, end: start + m[0].length, message: t(locale, 'pasteSoftHyphen'), ...offered, severity: 'info', data: { kind: 'soft-hyphen' } });
  }
  return out;
}

/**
 * A soft hyphen placed to break a long compound where it should ("Donau\u00addampf\u00adschiff"):
 * one between two letters of a word of 12 letters or more, outside a web address. Word and
 * Docs leave them elsewhere (short words, word edges), and in a URL one breaks the link.
 */
function isHyphenationHint(body: string, at: number, length: number): boolean {
  if (length !== 1 || !LETTER.test(body[at - 1] ?? '') || !LETTER.test(body[at + 1] ?? '')) return false;
  let start = at;
  while (start > 0 && WORD_PART.test(body[start - 1]!)) start--;
  let end = at + 1;
  while (end < body.length && WORD_PART.test(body[end]!)) end++;
  const word = body.slice(start, end);
  // The word's neighbours up to the next space: "example.com/Dampf\u00adschiff" is an address.
  const token = body.slice(Math.max(0, body.lastIndexOf(' ', start) + 1), end + 40);
  return word.replace(/\u00ad/g, '').length >= 12 && !/:\/\/|www\.|\/|\.[a-z]{2,}\//i.test(token.split(/\s/)[0]!);
}

const LETTER = /^\p{L}$/u;
const WORD_PART = /^[\p{L}\p{M}\u00ad]$/u;

/** Spacing and the characters this file's fixes take out. */
const BLANKISH = /^[ \t\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]$/;
/** The characters this file's fixes take out or make spaces, to read a line as it will be. */
const TAKEN_OUT = /[\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Where a walk back from `at` along its line stops: the line's start, or `cap` + 1 characters back (a long line is not read). */
function backInLine(body: string, at: number, cap: number): number {
  let i = at;
  while (i > 0 && at - i <= cap && body[i - 1] !== '\n') i--;
  return i;
}
const NEIGHBOUR_CAP = 64;
/** Characters that make markdown syntax with what touches them (a tag's closing ">" only with what comes before it). */
const MARKUP_BEFORE = /[*_~`\\<|[\]():!#=+-]/;
const MARKUP_AFTER = /[*_~`\\<>|[\]():!#=+-]/;

/**
 * Whether replacing body[from, to) by `replacement` could change the post's structure: an
 * invisible character or NBSP there keeps markdown apart, and the fix would join it. The other
 * invisible characters around count as gone (their own fixes take them out too). Cheap checks
 * of the usual cases; text/reflow.ts then reads each paragraph again for what these can't know.
 * - After a block marker at the line's start (`*\u00a0#`, `#\u00a0Title`, `1.\u00a0Item`): a space
 *   there makes the marker count; between `*`/`-`/`_` it can make a thematic break; before a
 *   heading's last `#` a closing sequence; after `]:` a link definition.
 * - At the start of a line (or after a quote's markers): indentation left (code, or part of a
 *   list item), or what follows would open a block (heading, list, quote, fence, table, HTML).
 * - Under a `[label]:` line: the line may become its destination or title.
 * - At the end of a line: a hard break (two spaces, a backslash), or the line would become a
 *   setext underline, a thematic break, a fence, an empty list item or quote, a link definition,
 *   an HTML block or a table's delimiter row (`---\u00a0` is text; `---` under a paragraph makes
 *   it a heading).
 * - Taken out (not replaced by a space) next to emphasis, code, escape, link or table characters
 *   (`*\u200b*` is text, `**` a delimiter; `<\u200bimg …>` is text, `<img …>` a tag).
 */
function removalMakesSyntax(body: string, from: number, to: number, replacement: string): boolean {
  // Only the spacing next to the run is read, never the whole line: a hostile line of thousands
  // of invisible characters would otherwise be read again for each (quadratic).
  // Other invisible characters count as spacing too: their own fixes take them out as well, so a
  // line of only NBSPs and zero-width characters (a Word spacer paragraph) would vanish. The walk
  // is capped: past the cap the run is taken to change the structure (offered, not applied).
  let b = from;
  while (b > 0 && from - b < NEIGHBOUR_CAP && BLANKISH.test(body[b - 1]!)) b--;
  let a = to;
  while (a < body.length && a - to < NEIGHBOUR_CAP && (BLANKISH.test(body[a]!) || body[a] === '\r')) a++;
  if (from - b >= NEIGHBOUR_CAP || a - to >= NEIGHBOUR_CAP) return true;
  // After a quote's markers ("> ", ">\ufeff2)") the same as at a line's start: what follows may open a block.
  const atLineStart = b === 0 || body[b - 1] === '\n' || afterQuoteMarkers(body, b);
  const atLineEnd = a === body.length || body[a] === '\n';
  // Right after a block marker at the line's start ("*\u00a0#", "#\u00a0Title", "1.\u00a0Item"), a space
  // where there was none makes the marker count: a list item, a heading, a quote. Only a short prefix is read.
  if (/[ \t]/.test(replacement) || (replacement === '' && /[ \t]/.test(body.slice(b, from) + body.slice(to, a)))) {
    const lineStart = backInLine(body, b, 12);
    if ((lineStart === 0 || body[lineStart - 1] === '\n') && /^[ \t]{0,3}(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*)*(?:[-+*>]|\d{1,9}[.)]|#{1,6})$/.test(body.slice(lineStart, b))) return true;
    // "**\u00a0*" is text; "** *" a thematic break. Only a short line of such characters is read.
    if (/[-*_]/.test(body[b - 1] ?? '') && /[-*_]/.test(body[a] ?? '')) {
      const s = backInLine(body, b, 80);
      let e = a;
      while (e < body.length && e - a <= 80 && body[e] !== '\n') e++;
      const line = (body.slice(s, from) + replacement + body.slice(to, e)).replace(TAKEN_OUT, '').replace(/^[ \t]{0,3}(?:>[ \t]?)+/, '');
      if (/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/.test(line)) return true;
    }
    // "# Title \u00a0#" keeps its "#"; "# Title #" ends with a closing sequence, which the page does not show.
    if (/^#/.test(body.slice(a, a + 1))) {
      let e = a;
      while (e < body.length && e - a <= 12 && body[e] === '#') e++;
      if (/^[ \t]*(?:\r?\n|$)/.test(body.slice(e, e + 4))) return true;
    }
    // "[x]:\u00a0…" is text; "[x]: …" a link definition, which the page does not show.
    if (body[b - 1] === ':' && body[b - 2] === ']') return true;
  }
  if (atLineStart) {
    // Only spaces and tabs indent (the invisible characters around go with their own fixes).
    const indent = (body.slice(b, from) + replacement + body.slice(to, a)).replace(/[^ \t]/g, '').replace(/\t/g, '    ').length;
    // Any indentation left counts: under a list item, two spaces make the line part of the item.
    if (indent > 0 || atLineEnd || /^(?:[#>*+=|~`<:_[-]|\d+[.)])/.test(body.slice(a, a + 12))) return true;
  }
  // A line right under a link definition's label ("[x]:") may be its destination or title.
  if (atLineStart || atLineEnd) {
    const ls = backInLine(body, b, 200);
    const prevEnd = ls - 1;
    if (prevEnd >= 0 && body[prevEnd] === '\n') {
      const ps = backInLine(body, prevEnd, 80);
      if (/^ {0,3}\[[^\]]*\]:/.test(body.slice(ps, prevEnd))) return true;
    }
  }
  if (atLineEnd) {
    // Two spaces before a line end are a hard line break: spaces left here, by this fix or by the
    // others around it (each NBSP may become one), must not make one the line did not have.
    const spaces = (s: string) => s.replace(/[^ \t\u00a0]/g, '').length;
    if (spaces(body.slice(b, from)) + spaces(replacement) + spaces(body.slice(to, a)) >= 2 && !/[ \t]{2,}\r?$/.test(body.slice(b, a))) return true;
    // So is a backslash right before it: a backslash then an NBSP ends in text, a backslash at the line's end breaks the line.
    if (body[b - 1] === '\\' && !/[ \t]/.test(replacement)) return true;
    // The line without its invisible characters, and inside a quote or a list item what follows its
    // markers ("> -\u00a0" → "-", an empty list item in the quote). Only runs near the line's end get here.
    const line = (body.slice(body.lastIndexOf('\n', from - 1) + 1, from) + replacement).replace(TAKEN_OUT, '').trim().replace(/^(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]+|>)+(?=.)/, '');
    // A tag alone on its line ("<img src=x>\u00a0" is a paragraph; "<img src=x>" opens an HTML block that takes the next lines).
    if (/^(?:=+|-+|(?:[-*_][ \t]*){3,}|`{3,}.*|~{3,}.*|#{1,6}|<.*|[+*>]|\d{1,9}[.)]|\[.*\]:.*)$/.test(line)) return true;
    // A table's delimiter row ("|-", ":--|--:"): tested apart, a pattern with "|" inside a run of the same characters backtracks.
    if (line.includes('|') && /^[-:| \t]*$/.test(line)) return true;
  }
  // Spacing (an NBSP run) taken out or made an ordinary space changes nothing next to emphasis, tags or
  // tables: an NBSP is whitespace to them, like the space or line end left in its place. A zero-width
  // character is not: without it, "*\u200b*" is "**", "<\u200bimg" a tag, "[x]\u200b(…)" a link and
  // "[x]:\u200b<…>" a link definition.
  const spacing = /^[ \t\u00a0]+$/.test(body.slice(from, to));
  return !spacing && replacement === '' && (MARKUP_BEFORE.test(body[from - 1] ?? '') || MARKUP_AFTER.test(body[to] ?? ''));
}

/** Whether only quote markers stand between the line's start and `at` (a short prefix is read). */
function afterQuoteMarkers(body: string, at: number): boolean {
  if (body[at - 1] !== '>' && body[at - 1] !== ' ' && body[at - 1] !== '\t') return false;
  const start = backInLine(body, at, 12);
  return (start === 0 || body[start - 1] === '\n') && /^[ \t]{0,3}(?:>[ \t]?)+$/.test(body.slice(start, at));
}

function isMeaningfulJoiner(char: string, before: string, after: string): boolean {
  if (char === '\u200d') return (EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) || (JOINING_LETTER_BEFORE.test(before) && JOINING_LETTER_AFTER.test(after));
  if (char === '\u200c') return JOINING_LETTER_BEFORE.test(before) && JOINING_LETTER_AFTER.test(after);
  return false;
}

/** Whether the code unit is a space, a tab or U+00A0: what a run of spacing is made of. */
const isSpacing = (c: number) => c === 32 || c === 9 || c === 0xa0;

/**
 * Each maximal run of spaces/tabs/U+00A0 holding at least one U+00A0, as [start, end). Found
 * from each NBSP outwards: a regex for such runs backtracks at every ordinary space of the body.
 */
function nbspRuns(body: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = body.indexOf('\u00a0'); i >= 0; i = body.indexOf('\u00a0', i)) {
    let start = i;
    while (start > 0 && isSpacing(body.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < body.length && isSpacing(body.charCodeAt(end))) end++;
    runs.push([start, end]);
    i = end;
  }
  return runs;
}
/**
 * French (and Swiss) typography puts a non-breaking space before high punctuation and inside
 * guillemets, next to a link or emphasis too: `[la FAQ](…)\u00a0?`, `**Attention**\u00a0:`,
 * `«\u00a0[nouveautés](…)\u00a0»`. Those are the author's, not a paste's.
 */
const FRENCH_SPACING_BEFORE = /^[:;?!»›%]/;
const FRENCH_SPACING_AFTER = /^[«‹]$/;
/** Markdown syntax a pasted link or emphasis leaves next to its NBSP: `the\u00a0[link](…)\u00a0more`. */
const SYNTAX_NEIGHBOUR = /[[\]()*_`]/;

/**
 * Non-breaking spaces where an ordinary space belongs. "Stray" means: at the start or end of a
 * line, next to an ordinary space, two or more in a row, or glued to markdown link/emphasis
 * syntax (rich editors turn the space around a pasted link into U+00A0). A single NBSP between
 * two words or numbers (`10\u00a0km`, `«\u00a0bonjour\u00a0»`, `M.\u00a0Dupont`) is typography
 * and is left alone.
 */
export function strayNonBreakingSpaces(body: string, base: number, locale?: Locale): Finding[] {
  const out: Finding[] = [];
  for (const [at, runEnd] of nbspRuns(body)) {
    const run = body.slice(at, runEnd);
    const before = body[at - 1];
    const after = body[at + run.length];
    const lineStart = before === undefined || before === '\n' || before === '\r';
    const lineEnd = after === undefined || after === '\n' || after === '\r';
    const mixed = /[ \t]/.test(run);
    const nbspCount = run.split('\u00a0').length - 1;
    let replacement: string;
    let message: string;
    const count = nbspCount > 1 ? 2 : 1;
    if (lineStart || lineEnd) {
      replacement = run.replace(/\u00a0/g, '');
      // At a line's end, spaces left behind would become a hard line break ("one  \u00a0\n" → "one  \n"):
      // all of the run goes, unless the spaces after its last NBSP already made one.
      if (lineEnd && / {2,}$/.test(replacement) && !/ {2,}$/.test(run)) replacement = '';
      message = t(locale, lineEnd ? 'nbspLineEnd' : 'nbspLineStart', { count });
    } else if (mixed) {
      replacement = run.replace(/\u00a0/g, '');
      message = t(locale, 'nbspMixed', { count });
    } else if (nbspCount > 1) {
      replacement = ' ';
      message = t(locale, 'nbspSeveral');
    } else if ((SYNTAX_NEIGHBOUR.test(before ?? '') || SYNTAX_NEIGHBOUR.test(after ?? '')) && !FRENCH_SPACING_BEFORE.test(after ?? '') && !FRENCH_SPACING_AFTER.test(before ?? '')) {
      replacement = ' ';
      message = t(locale, 'nbspSyntax');
    } else continue;
    const start = base + at;
    const change = { description: t(locale, replacement === ' ' ? 'nbspReplaceFix' : 'nbspRemoveFix'), edits: [{ start, end: start + run.length, text: replacement }] };
    const finding: Finding = { start, end: start + run.length, message, severity: 'info', data: { kind: 'nbsp' } };
    if (removalMakesSyntax(body, at, runEnd, replacement)) finding.suggestions = [change];
    else finding.fix = change;
    out.push(finding);
  }
  return out;
}
