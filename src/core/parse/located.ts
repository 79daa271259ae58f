import type { Token, Tokens } from 'marked';
import type { Body } from '../types';
import { bodyView, contentView, type View } from './views';

/** A marked token with its range in the whole post text (original offsets, CRLF included). */
export interface Located {
  token: Token;
  start: number;
  end: number;
  /** The enclosing located token (list item for a paragraph, paragraph for a `strong`…). */
  parent?: Located;
}

/** Where a token was found (in `view`), so its children can be searched inside it. */
interface Span {
  from: number;
  to: number;
  view: View;
  parent?: Located;
}

interface BodyMap {
  /** Plain Maps owned by the body's map (WeakMaps keyed by thousands of tokens cost a lot of GC time). */
  byToken: Map<Token, Located>;
  /** Span to search a leaf block's inline tokens in (its own range, or its parent's when it was not verbatim). */
  leafSpans: Map<Token, Span>;
  inlineDone: Set<Token>;
  /** The body this map was built for: tokens reused under a moved body must not reuse its offsets. */
  start: number;
  length: number;
  toOriginal: (offset: number) => number;
  blocks: Located[];
  /** Every leaf block token (paragraph, heading, text, table, code…), placed or not, in order. */
  leaves: Token[];
}

const maps = new WeakMap<readonly Token[], BodyMap>();

/** Block tokens whose children are blocks; every other token's children are inline. */
const CONTAINERS = new Set(['list', 'list_item', 'blockquote']);

/**
 * The body's block tokens (paragraphs, headings, code, HTML, lists, list items, quotes, tables…)
 * in document order, each placed in the original text. marked gives no offsets and lexes a
 * \n-normalized copy, so each token's `raw` is searched for in order inside its parent's span
 * and mapped back; a token whose raw is not verbatim (dedented list content) is skipped but its
 * children are still placed. Inline tokens are placed on demand by `inlineOf`, so a 1 MB post
 * pays only for the paragraphs a rule actually inspects. Cached per body.
 */
export function locatedBlocks(body: Body): Located[] {
  return bodyMap(body).blocks;
}

/** The inline tokens of a leaf block (paragraph, heading, list item text, table), placed. */
export function inlineOf(body: Body, block: Token): Located[] {
  const map = bodyMap(body);
  const span = map.leafSpans.get(block);
  const out: Located[] = [];
  if (!span) return out;
  const children = block.type === 'table' ? tableCells(block as Tokens.Table) : ((block as { tokens?: Token[] }).tokens ?? []);
  if (!map.inlineDone.has(block)) {
    map.inlineDone.add(block);
    place(map, span.view, children, span.from, span.to, map.byToken.get(block) ?? span.parent, true, out);
    return out;
  }
  collectPlaced(map, children, out);
  return out;
}

/** Where a token sits, once its block (or, for inline tokens, `inlineOf` its block) was placed. */
export function locatedOf(body: Body, token: Token): Located | undefined {
  return bodyMap(body).byToken.get(token);
}

function bodyMap(body: Body): BodyMap {
  const hit = maps.get(body.tokens);
  if (hit && hit.start === body.start && hit.length === body.text.length) return hit;
  const normalized = body.text.includes('\r') ? body.text.replace(/\r\n?/g, '\n') : body.text;
  const map: BodyMap = { byToken: new Map(), leafSpans: new Map(), inlineDone: new Set(), start: body.start, length: body.text.length, toOriginal: crlfMapper(body.text, body.start), blocks: [], leaves: [] };
  place(map, bodyView(normalized), body.tokens, 0, normalized.length, undefined, false, map.blocks);
  maps.set(body.tokens, map);
  return map;
}

/**
 * Places `list` inside [from, to) of `view`, depth first, appending to `out`. A blockquote's or
 * list item's children are placed in its content (see views.ts); returns where the search ended.
 */
function place(map: BodyMap, view: View, list: readonly Token[], from: number, to: number, parent: Located | undefined, inline: boolean, out: Located[]): number {
  let cursor = from;
  // Indexed, not for…of: every analysis starts here un-optimized, where an iterator costs more than the step.
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const at = findRaw(view.text, token.raw, cursor, to);
    const found = at >= 0;
    let located = parent;
    let searched = cursor;
    if (found) {
      located = { token, start: map.toOriginal(view.toBody(at)), end: map.toOriginal(view.toBody(at + token.raw.length)), parent };
      out.push(located);
      map.byToken.set(token, located);
    }
    const span: Span = found ? { from: at, to: at + token.raw.length, view, parent: located } : { from: cursor, to, view, parent: located };
    if (inline) {
      const children = (token as { tokens?: Token[] }).tokens;
      if (children?.length) searched = place(map, view, children, span.from, span.to, located, true, out);
    } else if (token.type === 'list') {
      searched = place(map, view, (token as Tokens.List).items, span.from, span.to, located, false, out);
    } else if (CONTAINERS.has(token.type)) {
      const children = (token as { tokens?: Token[] }).tokens ?? [];
      if (found) {
        const content = contentView(view, at, token.raw, (token as Tokens.Blockquote | Tokens.ListItem).text);
        place(map, content, children, 0, content.text.length, located, false, out);
      } else searched = place(map, view, children, span.from, span.to, located, false, out);
    } else {
      map.leafSpans.set(token, span);
      map.leaves.push(token);
    }
    // A token not found verbatim: the search goes on after whatever of it was placed, never before.
    cursor = found ? span.to : Math.max(cursor, searched);
  }
  return cursor;
}

/**
 * Offset of a token's `raw` in text[from, to), or -1: the one token search of both walks over
 * marked's tokens (this file's, and parseMarkdown's). Tokens usually start right at the cursor; otherwise
 * the search is confined to the parent's span (a sliced string), so a token that is not there
 * verbatim costs its parent's length, not the rest of a huge post.
 */
export function findRaw(text: string, raw: string, from: number, to: number): number {
  if (!raw || raw.length > to - from) return -1;
  // A slice compared with === (a memory compare) is an order of magnitude faster than startsWith on long raws.
  if (text.slice(from, from + raw.length) === raw) return from;
  const at = text.slice(from, to).indexOf(raw);
  return at < 0 ? -1 : from + at;
}

function tableCells(t: Tokens.Table): Token[] {
  return [...t.header.flatMap((c) => c.tokens), ...t.rows.flatMap((r) => r.flatMap((c) => c.tokens))];
}

function collectPlaced(map: BodyMap, tokens: readonly Token[], out: Located[]): void {
  for (const t of tokens) {
    const l = map.byToken.get(t);
    if (l) out.push(l);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children?.length) collectPlaced(map, children, out);
  }
}

/** Maps offsets in the \n-normalized body to offsets in the whole original text. */
export function crlfMapper(original: string, base: number): (offset: number) => number {
  if (!original.includes('\r')) return (o) => base + o;
  // For each normalized offset where a \r\n was folded, the original is one unit further on.
  const folds: number[] = [];
  for (let i = 0, n = 0; i < original.length; i++, n++) {
    if (original.charCodeAt(i) === 13 && original.charCodeAt(i + 1) === 10) {
      folds.push(n);
      i++;
    }
  }
  return (o) => {
    let lo = 0;
    let hi = folds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (folds[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return base + o + lo;
  };
}

/**
 * Where the body holds code: code spans, code blocks, and raw HTML `<pre>`/`<code>` elements,
 * merged into disjoint sorted ranges. Rules that clean text must never edit inside these.
 */
export function codeRanges(body: Body): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const map = bodyMap(body);
  for (const leaf of map.leaves) {
    const placed = map.byToken.get(leaf);
    if (leaf.type === 'code') {
      // A fenced block inside a list item is dedented, so not found verbatim: keep its whole
      // possible span off limits (it may hide a few findings after it, never edits code).
      const span = map.leafSpans.get(leaf)!;
      ranges.push(placed ? [placed.start, placed.end] : [map.toOriginal(span.view.toBody(span.from)), map.toOriginal(span.view.toBody(span.to))]);
    } else if (leaf.raw.includes('`')) {
      // Only blocks with a backtick can hold a code span; the rest skip inline placement.
      for (const i of inlineOf(body, leaf)) if (i.token.type === 'codespan') ranges.push([i.start, i.end]);
    }
  }
  for (const m of body.text.matchAll(/<(pre|code)\b[^>]*>[\s\S]{0,100000}?<\/\1\s*>/gi)) {
    ranges.push([body.start + m.index!, body.start + m.index! + m[0].length]);
  }
  return mergeRanges(ranges);
}

/** Whether [start, end) (or the single offset `start` when empty) touches one of the disjoint sorted ranges. */
/** `ranges` sorted by start, overlapping and touching ones joined: what `overlapsAny` searches. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  const stop = Math.max(end, start + 1);
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r[0] < stop;
}
