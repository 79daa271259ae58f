import { codeRanges, mergeRanges, overlapsAny } from '../parse/located';
import { normalizeLabel } from '../parse/markdown';
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
// Text and address bounded (300 and 500 characters): unbounded, a line of "(a)[" repeated made every "(" scan to the line's end (quadratic).
const REVERSED = /(?<![\\\]!])\(([^()\n]{0,300}[^()\n\\])\)\[((?:[^\]\n^\s\\][^\]\n]{0,500})?[^\]\n\\])\](?![(\[:])/g;

const cache = new WeakMap<Body, ReversedLink[]>();

export function reversedLinks(body: Body): ReversedLink[] {
  let found = cache.get(body);
  if (found) return found;
  found = [];
  if (body.text.includes(')[')) {
    // Sorted and merged: overlapsAny searches them by halves.
    const hidden = mergeRanges([...codeRanges(body), ...commentRanges(body)]);
    let labels: Set<string> | undefined; // the post's reference definitions, read once when first needed
    for (const m of body.text.matchAll(REVERSED)) {
      const start = body.start + m.index!;
      const end = start + m[0].length;
      if (overlapsAny(hidden, start, end)) continue;
      const at = m.index!;
      if (insideLinkTextOrTag(body.text, at) || insideAddress(body.text, at) || (labels ??= definedLabels(body.text)).has(normalizeLabel(m[2]!))) continue;
      found.push({ start, end, text: m[1]!, url: m[2]! });
    }
  }
  cache.set(body, found);
  return found;
}

/**
 * Inside a link's text (`[see (docs)[x.example] here](…)`: more `[` than `]` before it on its
 * line) or inside an HTML tag (`<a title="(a)[b]">`): swapping would break what holds it.
 */
function insideLinkTextOrTag(text: string, at: number): boolean {
  const line = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 2000), at);
  let depth = 0;
  for (const c of line) depth += c === '[' ? 1 : c === ']' ? -1 : 0;
  return depth > 0 || line.lastIndexOf('<') > line.lastIndexOf('>');
}

/** Part of a web address written out (`https://ex.test/wiki/(a)[b]`): the same run of non-spaces holds a scheme or www. */
function insideAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/\s/.test(text[from - 1]!) && at - from < 2000) from--;
  return /:\/\/|www\./i.test(text.slice(from, at));
}

/** The labels of the post's reference definitions (`[example.com]: …`), normalized: `(the guide)[example.com]` with one defined is text in parentheses, then a reference link. */
function definedLabels(text: string): Set<string> {
  const out = new Set<string>();
  if (text.includes(']:')) for (const m of text.matchAll(/^ {0,3}\[([^\]\n]{1,999})\]:/gm)) out.add(normalizeLabel(m[1]!));
  return out;
}

/** `<!-- … -->` in the body, in whole-text offsets (an unclosed one runs to the end). */
function commentRanges(body: Body): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of body.text.matchAll(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g)) ranges.push([body.start + m.index!, body.start + m.index! + m[0].length]);
  return ranges;
}
