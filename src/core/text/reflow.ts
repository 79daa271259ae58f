import { Lexer, type Links, type Token } from 'marked';
import { blockEnd, blockStart, paragraphsEdited } from '../parse/paragraphs';
import type { TextEdit } from '../types';
import { BoundedMap } from './bounded-map';

/** Characters the pasted-text fixes take out or turn into spaces: set aside when comparing. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
/** Past this many fixes in one paragraph whose fixes together change it, all of them are offered one by one (reading it again per fix would be quadratic). */
const MAX_ONE_BY_ONE = 24;
/** …and past this size of paragraph (each reading is linear in it). */
const MAX_ONE_BY_ONE_CHARS = 16_384;

export interface ReflowContext {
  /** Where the body starts: the frontmatter is no markdown. */
  bodyStart: number;
  /** The post's link definitions (`[label]: url`): a paragraph read alone must know them ("[a\u200bb]" next to a "[ab]: …" elsewhere). */
  links?: Links;
  /** Other fixes the same run applies (clipboard markup): applied in both readings, so their combination is what is compared. */
  alsoApplied?: readonly TextEdit[];
}

/**
 * Of `edits` (each taking out invisible characters or turning NBSPs into spaces), the ones that
 * change how their paragraph reads: its paragraph is read again by marked with the edits made,
 * and the blocks, headings, lists, tables, breaks, links and text must come out the same, only
 * the invisible characters gone. The hand-written checks in invisible-chars.ts catch the usual
 * cases cheaply; this catches what they can't know (marked reading an NBSP as a space in some
 * places and not others, lines that run on inside a list item). Decided per paragraph: all of
 * its edits together; when those change it, each alone, and the rest together again.
 */
export function structureChangingEdits(text: string, edits: readonly TextEdit[], context: ReflowContext): Set<TextEdit> {
  const out = new Set<TextEdit>();
  // Most posts have no invisible characters: nothing to read, nor to key by (this runs on every keystroke).
  if (!edits.length) return out;
  const paragraphOf = (e: TextEdit) => Math.max(context.bodyStart, blockStart(text, e.start));
  const add = (map: Map<number, TextEdit[]>, at: number, e: TextEdit) => {
    const group = map.get(at);
    if (group) group.push(e);
    else map.set(at, [e]);
  };
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of edits) add(byParagraph, paragraphOf(e), e);
  const alsoByParagraph = new Map<number, TextEdit[]>();
  for (const e of context.alsoApplied ?? []) {
    const at = paragraphOf(e);
    if (byParagraph.has(at)) add(alsoByParagraph, at, e);
  }
  // The definitions decide whether "[ab]" is a link: part of what an answer is remembered by.
  const linksKey = context.links ? JSON.stringify(context.links) : '';
  for (const [at, group] of byParagraph) {
    const also = alsoByParagraph.get(at) ?? [];
    const check = (some: readonly TextEdit[]) => changes(text, some, also, context, linksKey);
    if (!check(group)) continue;
    const size = blockEnd(text, group[group.length - 1]!.end) - at;
    if (group.length === 1 || group.length > MAX_ONE_BY_ONE || size > MAX_ONE_BY_ONE_CHARS) {
      for (const e of group) out.add(e);
      continue;
    }
    const alone = group.filter((e) => check([e]));
    const rest = group.filter((e) => !alone.includes(e));
    // Harmless alone but harmful together (the rest, or all): none of them is applied unseen.
    for (const e of alone.length && !(rest.length && check(rest)) ? alone : group) out.add(e);
  }
  return out;
}

/** The paragraph read with `also` applied, then with `edits` too: whether it reads differently. */
function changes(text: string, edits: readonly TextEdit[], also: readonly TextEdit[], context: ReflowContext, linksKey: string): boolean {
  const read = paragraphsEdited(text, edits, context.bodyStart, also);
  if (!read) return true; // overlapping: can't tell, so not unseen
  const { before, after } = read;
  // While someone types, every other paragraph is as it was: its answer is remembered.
  const key = `${linksKey}\u0001${before}\u0000${after}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const answer = signature(before, context.links) !== signature(after, context.links);
  if (before.length <= MAX_REMEMBERED_CHARS && linksKey.length <= MAX_REMEMBERED_CHARS) {
    remembered.set(key, answer);
  }
  return answer;
}

/** At most this many paragraphs of at most this size (a few MB in all). */
const MAX_REMEMBERED = 512;
const MAX_REMEMBERED_CHARS = 4096;
const remembered = new BoundedMap<string, boolean>(MAX_REMEMBERED, 'oldest');

/** The paragraph's structure: block and inline token types, heading depths, list kinds, tables, addresses, labels and texts, invisible characters aside. */
function signature(block: string, links: Links | undefined): string {
  const parts: string[] = [];
  const walk = (tokens: readonly Token[]): void => {
    let lastWasText = false;
    for (const t of tokens) {
      if (t.type === 'space' || (t.type === 'paragraph' && !norm(t.raw))) continue;
      const x = t as Token & { depth?: number; ordered?: boolean; href?: string; tag?: string; align?: unknown[]; tokens?: Token[]; items?: Array<{ tokens?: Token[] }>; header?: Array<{ tokens?: Token[] }>; rows?: Array<Array<{ tokens?: Token[] }>> };
      const leaf = x.type === 'text' || x.type === 'escape' || x.type === 'codespan' || x.type === 'code' || x.type === 'html' ? norm(t.raw) : '';
      const hasChildren = (x.tokens?.length ?? 0) > 0 || (x.items?.length ?? 0) > 0;
      // A text of only invisible characters shows nothing; neighbouring texts read as one.
      if ((x.type === 'text' || x.type === 'escape') && !hasChildren) {
        if (!leaf) continue;
        if (lastWasText) parts[parts.length - 1] = norm(`${parts[parts.length - 1]} ${leaf}`);
        else parts.push(leaf);
        lastWasText = true;
        continue;
      }
      lastWasText = false;
      const href = x.href === undefined ? '' : ` ${norm(x.href.replace(/%E2%80%8[BCD]|%E2%81%A0|%EF%BB%BF|%C2%AD|%C2%A0/gi, ''))}`;
      // A definition's label as written: taking a character out of it changes which "[…]" elsewhere it answers.
      const tag = x.tag === undefined ? '' : ` [${x.tag}]`;
      const align = x.align ? ` ${x.align.join(',')}` : '';
      parts.push(`<${x.type}${x.depth ?? ''}${x.ordered ? 'o' : ''}${href}${tag}${align}${leaf ? ` ${leaf}` : ''}`);
      if (x.tokens) walk(x.tokens);
      for (const item of x.items ?? []) {
        parts.push('<item');
        walk(item.tokens ?? []);
        parts.push('>');
      }
      // A table's cells hold inline tokens of their own (a zero-width space there can stop a bare address from linking).
      for (const row of [x.header ?? [], ...(x.rows ?? [])]) {
        if (!row.length) continue;
        parts.push('<row');
        for (const cell of row) {
          parts.push('<cell');
          walk(cell.tokens ?? []);
          parts.push('>');
        }
        parts.push('>');
      }
      parts.push('>');
    }
  };
  const lexer = new Lexer({ gfm: true });
  if (links) Object.assign(lexer.tokens.links, links);
  walk(lexer.lex(block));
  return parts.join('\u0001');
}

function norm(s: string): string {
  return s.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
