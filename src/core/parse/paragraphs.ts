import { applyEdits, OverlappingEditsError } from '../fix';
import type { TextEdit } from '../types';
import { lastAtOrBefore } from './lines';

/**
 * Paragraphs as the text shows them: runs of lines between blank lines. A fix is checked by
 * reading its paragraph again with the edit made (links/bare-reflow.ts, text/reflow.ts).
 */

/** The spaces and tabs every non-blank line of `block` starts with. */
function sharedIndent(block: string): number {
  let least = Infinity;
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    least = Math.min(least, /^[ \t]*/.exec(line)![0].length);
  }
  return least === Infinity ? 0 : least;
}

function dedent(block: string, indent: number): string {
  return indent ? block.split('\n').map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))).join('\n') : block;
}

const BLANK_LINE = /\n[ \t]*\r?\n/g;

/**
 * Where the paragraph holding `at` starts: after the last blank line before it. The paragraph
 * starts of a text are found in one pass and kept for the last text asked about: a rule asks
 * for every link of a post, and walking back line by line for each was quadratic (2.4 s for
 * 8,000 links in one long paragraph).
 */
export function blockStart(text: string, at: number): number {
  const starts = paragraphStarts(text);
  // The last start at or before `at`: every start follows a line break, so this is also the last
  // at or before the line holding `at` (found without walking back along a long line, which made
  // a line of thousands of fixes quadratic).
  // (At 0 on a text opening with a line break, the paragraph after it, as walking back always gave.)
  return starts[lastAtOrBefore(starts, at === 0 && text[0] === '\n' ? 1 : at)]!;
}

let startsOf: { text: string; starts: number[] } | undefined;

/** 0 and the start of every line that follows a blank line (spaces, tabs, a CR at most). */
function paragraphStarts(text: string): number[] {
  if (startsOf?.text === text) return startsOf.starts;
  const starts = [0];
  const first = /^[ \t]*\r?(?=\n)/.exec(text); // a blank first line
  if (first) starts.push(first[0].length + 1);
  for (const m of text.matchAll(/\n[ \t]*\r?(?=\n)/g)) starts.push(m.index! + m[0].length + 1);
  startsOf = { text, starts };
  return starts;
}

/** Where the paragraph holding `at` ends: at the first blank line after it. */
export function blockEnd(text: string, at: number): number {
  BLANK_LINE.lastIndex = at;
  const m = BLANK_LINE.exec(text);
  return m ? m.index : text.length;
}

/**
 * The paragraphs holding `edits`, as written and with the edits made (`also` made in both), for
 * reading them again: never from before `floor` (the frontmatter is no markdown), and with the
 * indentation their lines share taken off (a paragraph under a list item read alone would be
 * code). Undefined when the edits overlap.
 */
export function paragraphsEdited(text: string, edits: readonly TextEdit[], floor = 0, also: readonly TextEdit[] = []): { before: string; after: string } | undefined {
  const all = [...edits, ...also];
  let first = Infinity;
  let last = -Infinity;
  for (const e of all) {
    first = Math.min(first, e.start);
    last = Math.max(last, e.end);
  }
  const from = Math.max(floor, blockStart(text, first));
  const to = blockEnd(text, last);
  const within = text.slice(from, to);
  const shift = (e: TextEdit) => ({ start: e.start - from, end: e.end - from, text: e.text });
  try {
    const before = applyEdits(within, also.map(shift));
    const after = applyEdits(within, all.map(shift));
    const indent = sharedIndent(before);
    return { before: dedent(before, indent), after: dedent(after, indent) };
  } catch (error) {
    if (error instanceof OverlappingEditsError) return undefined;
    throw error;
  }
}
