import { codeRanges, overlapsAny } from '../parse/located';
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
 * of its brackets (`\(x)[y]`, `(x\)[y]`, `(x)\[y]`, `(x)[y\]`).
 */
const REVERSED = /(?<![\\\]])\(([^()\n]*[^()\n\\])\)\[((?:[^\]\n^\s\\][^\]\n]*)?[^\]\n\\])\](?![(\[:])/g;

const cache = new WeakMap<Body, ReversedLink[]>();

export function reversedLinks(body: Body): ReversedLink[] {
  let found = cache.get(body);
  if (found) return found;
  found = [];
  if (body.text.includes(')[')) {
    const code = codeRanges(body);
    for (const m of body.text.matchAll(REVERSED)) {
      const start = body.start + m.index!;
      const end = start + m[0].length;
      if (overlapsAny(code, start, end)) continue;
      found.push({ start, end, text: m[1]!, url: m[2]! });
    }
  }
  cache.set(body, found);
  return found;
}
