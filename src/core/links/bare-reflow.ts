import type { Token } from 'marked';
import { markdown } from '../parse/markdown';
import type { LinkRef, TextEdit } from '../types';
import { lastAtOrBefore } from '../parse/lines';

/**
 * Whether rewriting a bare link (a GFM autolink literal) changes how its paragraph reads. A bare
 * address is found while the paragraph's inline text is read, after emphasis delimiters: an
 * underscore or asterisk the edit removes can let two others pair up across it, and the
 * emphasis then swallows part of the address ("…=_&… https://x.org/?_hsenc&id=_&sort" loses
 * "_hsenc&" and becomes emphasis up to "id=_"). The paragraph is read again with the edit made:
 * the same tokens must come out, only this link's address changed.
 */
export function bareLinkReflows(text: string, edit: TextEdit): boolean {
  return bareLinksReflow(text, [edit]);
}

/**
 * The same for several bare links rewritten together (all of one paragraph's): each edit alone
 * may be safe while two together let emphasis form, or one is safe only once another has gone.
 * Deciding per paragraph, all or none, keeps "clean links" the same whether run once or twice.
 */
export function bareLinksReflow(text: string, edits: readonly TextEdit[]): boolean {
  if (!edits.length) return false;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const from = blockStart(text, sorted[0]!.start);
  const to = blockEnd(text, sorted[sorted.length - 1]!.end);
  let after = '';
  let at = from;
  for (const e of sorted) {
    after += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  after += text.slice(at, to);
  const before = text.slice(from, to);
  // A paragraph indented under a list item ("-   Item" then four spaces) read alone would be code:
  // both versions are read with the indentation their lines share taken off.
  const indent = sharedIndent(before);
  const was = read(dedent(before, indent));
  const now = read(dedent(after, indent));
  // The same tokens in the same order, and every rewritten address whole as a link.
  return was.types !== now.types || sorted.some((e) => !now.links.includes(e.text));
}

/**
 * The bare body links among `items` whose rewriting changes how their paragraph reads: decided
 * per paragraph, all of its edits or none (see bareLinksReflow), with one reading of each
 * paragraph. Read again for every link, a paragraph of thousands took seconds.
 */
export function reflowingBareLinks<T extends { link: LinkRef; edit?: TextEdit | undefined }>(text: string, items: readonly T[]): T[] {
  const byParagraph = new Map<number, T[]>();
  for (const item of items) {
    if (item.link.kind !== 'bare' || item.link.field || !item.edit) continue;
    const at = blockStart(text, item.link.urlStart);
    const group = byParagraph.get(at);
    if (group) group.push(item);
    else byParagraph.set(at, [item]);
  }
  const out: T[] = [];
  for (const group of byParagraph.values()) if (bareLinksReflow(text, group.map((item) => item.edit!))) out.push(...group);
  return out;
}

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

/** The token types in reading order, and the links' source text. */
function read(block: string): { types: string; links: string[] } {
  const types: string[] = [];
  const links: string[] = [];
  const walk = (tokens: readonly Token[]): void => {
    for (const t of tokens) {
      types.push(t.type);
      if (t.type === 'link') links.push(t.raw);
      const children = (t as { tokens?: Token[] }).tokens;
      if (children) walk(children);
      const items = (t as { items?: Array<{ tokens?: Token[] }> }).items;
      if (items) for (const item of items) walk(item.tokens ?? []);
    }
  };
  walk(markdown.lexer(block));
  return { types: types.join(' '), links };
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
  // The last start at or before the line holding `at`.
  return starts[lastAtOrBefore(starts, text.lastIndexOf('\n', at - 1) + 1)]!;
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
function blockEnd(text: string, at: number): number {
  BLANK_LINE.lastIndex = at;
  const m = BLANK_LINE.exec(text);
  return m ? m.index : text.length;
}
