import type { Heading, TextEdit } from '../types';

/**
 * The edit that sets an ATX heading (`## Text`) to `depth`, touching only its run of `#`.
 * Setext headings (underlined with === or ---) get no edit: they can only be H1 or H2.
 */
export function setAtxDepth(text: string, heading: Heading, depth: number): TextEdit | undefined {
  const m = /^ {0,3}(#{1,6})(?=[ \t]|$|\r|\n)/.exec(text.slice(heading.start, Math.min(heading.end, heading.start + 10)));
  if (!m || depth < 1 || depth > 6) return undefined;
  const at = heading.start + m[0].length - m[1]!.length;
  return { start: at, end: at + m[1]!.length, text: '#'.repeat(depth) };
}
