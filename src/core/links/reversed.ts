import { codeRanges, mergeRanges, overlapsAny } from '../parse/located';
import type { Body } from '../types';

/** A link written the wrong way round: `(text)[url]`. */
export interface ReversedLink {
  start: number;
  end: number;
  text: string;
  url: string;
}

/**
 * `(text)[destination]` — parentheses and brackets swapped, so it renders as plain text. Not
 * inside code, not a footnote reference (`(note)[^1]`), not when an inline link follows
 * (`(this)[site](url)` is text in parentheses, then a link), not when a backslash escapes one
 * of its brackets (`\(x)[y]`, `(x\)[y]`, `(x)\[y]`, `(x)[y\]`), not inside an HTML comment
 * (not shown at all; an unclosed `<!--` hides the rest of the post).
 */
const REVERSED = /(?<![\\\]])\(([^()\n]*[^()\n\\])\)\[((?:[^\]\n^\s\\][^\]\n]*)?[^\]\n\\])\](?![(\[:])/g;

const cache = new WeakMap<Body, ReversedLink[]>();

export function reversedLinks(body: Body): ReversedLink[] {
  let found = cache.get(body);
  if (found) return found;
  found = [];
  if (body.text.includes(')[')) {
    // Sorted and merged: overlapsAny searches them by halves.
    const hidden = mergeRanges([...codeRanges(body), ...commentRanges(body)]);
    for (const m of body.text.matchAll(REVERSED)) {
      const start = body.start + m.index!;
      const end = start + m[0].length;
      if (overlapsAny(hidden, start, end)) continue;
      found.push({ start, end, text: m[1]!, url: m[2]! });
    }
  }
  cache.set(body, found);
  return found;
}

/** `<!-- … -->` in the body, in whole-text offsets (an unclosed one runs to the end). */
function commentRanges(body: Body): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of body.text.matchAll(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g)) ranges.push([body.start + m.index!, body.start + m.index! + m[0].length]);
  return ranges;
}
