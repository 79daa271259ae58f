/**
 * A finding's place in the post as a short line of context, for the compact rows of the
 * Checks view: "…Europe](https://summit2025.openinfra.org/) united over…", with the part the
 * finding is about marked. Invisible characters are made visible, since they are often the
 * finding itself (a non-breaking space, a zero-width space).
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 28;
const MAX_MATCH = 64;

const VISIBLE: Record<string, string> = {
  '\u00a0': '⍽', // no-break space
  '\u202f': '⍽', // narrow no-break space
  '\u200b': '[ZWSP]',
  '\u200c': '[ZWNJ]',
  '\u200d': '[ZWJ]',
  '\u2060': '[WJ]',
  '\ufeff': '[BOM]',
  '\u00ad': '[SHY]',
  '\t': '→',
};
const INVISIBLE = /[\u00a0\u202f\u200b-\u200d\u2060\ufeff\u00ad\t]/g;

export const visible = (s: string) => s.replace(INVISIBLE, (c) => VISIBLE[c] ?? c);

/** The line around [start, end): up to CONTEXT characters either side, cut at a word where possible. */
export function excerpt(text: string, start: number, end: number): Excerpt {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const stop = Math.min(Math.max(end, start), lineEnd);
  let match = text.slice(start, stop);
  if (match.length > MAX_MATCH) match = `${match.slice(0, MAX_MATCH - 1)}…`;
  else if (end > lineEnd) match += '…';
  const beforeFrom = Math.max(lineStart, start - CONTEXT);
  let before = text.slice(beforeFrom, start);
  if (beforeFrom > lineStart) before = `…${trimStartToWord(before)}`;
  const afterTo = Math.min(lineEnd, stop + CONTEXT);
  let after = text.slice(stop, afterTo).replace(/\r$/, '');
  if (afterTo < lineEnd) after = `${trimEndToWord(after)}…`;
  return { before: visible(before), match: visible(match), after: visible(after) };
}

function trimStartToWord(s: string): string {
  const space = s.indexOf(' ');
  return space > 0 && space < s.length - 4 ? s.slice(space + 1) : s;
}

function trimEndToWord(s: string): string {
  const space = s.lastIndexOf(' ');
  return space > 4 ? s.slice(0, space) : s;
}
