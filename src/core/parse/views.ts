import { lastAtOrBefore } from './lines';
/**
 * marked lexes a blockquote's or list item's children from the container's *content*: its
 * `token.text`, with the `> ` markers or the item's indentation taken off every line. Those
 * children are not verbatim in the post, so they are located in that content instead, and each
 * offset there is mapped back through the container's own place. Without this, a child was
 * searched for in the post from the container's start, and a link repeated inside a quote was
 * found at its first occurrence (its finding lost, its fix applied to the wrong place).
 */
export interface View {
  /** The text tokens are searched in (the \n-normalized body, or a container's content). */
  text: string;
  /** Offset in the \n-normalized body of offset `o` of `text`. */
  toBody(o: number): number;
}

export function bodyView(text: string): View {
  return { text, toBody: (o) => o };
}

/**
 * The view of a container's content, given its raw found at `rawAt` in `parent`. Lines match
 * one to one, and each content line is the end of its raw line (what was taken off is a
 * prefix). Where marked changed a line more than that (tabs expanded to spaces), the common
 * end of the two lines maps exactly and the rest maps to the start of that end, so offsets
 * stay in order and inside the line.
 */
export function contentView(parent: View, rawAt: number, raw: string, content: string): View {
  if (content === raw) return { text: content, toBody: (o) => parent.toBody(rawAt + o) };
  const rawLines = lineStarts(raw);
  const contentLines = lineStarts(content);
  // Per line, computed once: the common end of the content line and its raw line.
  const commons: number[] = [];
  const common = (i: number) => (commons[i] ??= commonSuffix(raw, rawLines[i]!, lineLength(raw, rawLines, i), content, contentLines[i]!, lineLength(content, contentLines, i)));
  return {
    text: content,
    toBody(o) {
      const i = lastAtOrBefore(contentLines, o);
      if (i >= rawLines.length) return parent.toBody(rawAt + raw.length);
      const col = o - contentLines[i]!;
      const rStart = rawLines[i]!;
      const rLen = lineLength(raw, rawLines, i);
      const cLen = lineLength(content, contentLines, i);
      const k = common(i);
      // The whole content line is the raw line's end (the usual case), or only its last k characters are.
      const inRaw = col >= cLen - k ? rStart + rLen - (cLen - col) : rStart + Math.min(col, rLen - k);
      return parent.toBody(rawAt + inRaw);
    },
  };
}

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineLength(s: string, starts: readonly number[], i: number): number {
  const next = starts[i + 1];
  return (next === undefined ? s.length : next - 1) - starts[i]!;
}

/** How many characters the two lines end with in common. */
export function commonSuffix(a: string, aStart: number, aLen: number, b: string, bStart: number, bLen: number): number {
  // Usually the whole content line is the end of its raw line: one native comparison says so
  // (the count could not exceed the content line's length anyway).
  if (bLen <= aLen && a.slice(aStart + aLen - bLen, aStart + aLen) === b.slice(bStart, bStart + bLen)) return bLen;
  let k = 0;
  while (k < aLen && k < bLen && a.charCodeAt(aStart + aLen - 1 - k) === b.charCodeAt(bStart + bLen - 1 - k)) k++;
  return k;
}
