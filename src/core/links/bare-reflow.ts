import type { Token } from 'marked';
import { markdown } from '../parse/markdown';
import type { LinkRef, TextEdit } from '../types';
import { blockStart, paragraphsEdited } from '../parse/paragraphs';

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
  const read = paragraphsEdited(text, edits);
  if (!read) return true; // overlapping: can't tell, so never unseen
  const was = readTokens(read.before);
  const now = readTokens(read.after);
  // The same tokens in the same order, and every rewritten address whole as a link.
  return was.types !== now.types || edits.some((e) => !now.links.includes(e.text));
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

/** The token types in reading order, and the links' source text. */
function readTokens(block: string): { types: string; links: string[] } {
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
