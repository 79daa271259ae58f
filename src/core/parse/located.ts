import type { Token, Tokens } from 'marked';
import type { Body } from '../types';

/** A marked token with its range in the whole post text (original offsets, CRLF included). */
export interface Located {
  token: Token;
  start: number;
  end: number;
  /** The enclosing located token (paragraph for a `strong`, list item for its text…). */
  parent?: Located;
}

const cache = new WeakMap<readonly Token[], Located[]>();
const byToken = new WeakMap<Token, Located>();

/** Where a token from an already walked body sits (undefined when it could not be placed). */
export function locatedOf(token: Token): Located | undefined {
  return byToken.get(token);
}

/**
 * Every token of the body in document order, each placed in the original text. marked gives
 * no offsets and lexes a \n-normalized copy, so each token's `raw` is searched for in order
 * inside its parent's span and mapped back. Tokens whose raw is not verbatim (dedented list
 * content) are skipped, but their children are still placed. Cached per body: rules and the
 * suggestion engine share one walk.
 */
export function locatedTokens(body: Body): Located[] {
  const hit = cache.get(body.tokens);
  if (hit) return hit;
  const normalized = body.text.includes('\r') ? body.text.replace(/\r\n?/g, '\n') : body.text;
  const toOriginal = crlfMapper(body.text, body.start);
  const out: Located[] = [];

  const visit = (list: readonly Token[], from: number, to: number, parent: Located | undefined): void => {
    let cursor = from;
    for (const token of list) {
      const at = token.raw ? normalized.indexOf(token.raw, cursor) : -1;
      if (at < 0 || at + token.raw.length > to) {
        visitChildren(token, cursor, to, parent);
        continue;
      }
      const end = at + token.raw.length;
      const located: Located = { token, start: toOriginal(at), end: toOriginal(end), parent };
      out.push(located);
      byToken.set(token, located);
      visitChildren(token, at, end, located);
      cursor = end;
    }
  };

  const visitChildren = (token: Token, from: number, to: number, parent: Located | undefined): void => {
    if (token.type === 'list') visit((token as Tokens.List).items, from, to, parent);
    else if (token.type === 'table') {
      const t = token as Tokens.Table;
      visit(t.header.flatMap((c) => c.tokens), from, to, parent);
      for (const row of t.rows) visit(row.flatMap((c) => c.tokens), from, to, parent);
    } else if ('tokens' in token && token.tokens) visit(token.tokens, from, to, parent);
  };

  visit(body.tokens, 0, normalized.length, undefined);
  cache.set(body.tokens, out);
  return out;
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
  for (const l of locatedTokens(body)) {
    if (l.token.type === 'code' || l.token.type === 'codespan') ranges.push([l.start, l.end]);
  }
  for (const m of body.text.matchAll(/<(pre|code)\b[^>]*>[\s\S]*?<\/\1\s*>/gi)) {
    ranges.push([body.start + m.index!, body.start + m.index! + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Whether [start, end) (or the single offset `start` when empty) touches one of the disjoint sorted ranges. */
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
