import type { Token } from 'marked';
import { markdown } from '../parse/markdown';
import { blockEnd, blockStart, dedent, sharedIndent } from '../parse/paragraphs';
import type { TextEdit } from '../types';

/** Characters the pasted-text fixes take out or turn into spaces: set aside when comparing. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
/** Past this many fixes in one paragraph whose fixes together change it, all of them are offered one by one (reading it again per fix would be quadratic). */
const MAX_ONE_BY_ONE = 24;

/**
 * Of `edits` (each taking out invisible characters or turning NBSPs into spaces), the ones that
 * change how their paragraph reads: its paragraph is read again by marked with the edits made,
 * and the blocks, headings, lists, breaks, links and code must come out the same, only the
 * invisible characters gone. The hand-written checks in invisible-chars.ts catch the usual
 * cases cheaply; this catches what they can't know (marked reading an NBSP as a space in some
 * places and not others, lines that run on inside a list item). Decided per paragraph: all of
 * its edits together, and only when those change it, each alone.
 */
export function structureChangingEdits(text: string, edits: readonly TextEdit[], bodyStart = 0): Set<TextEdit> {
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of edits) {
    const at = Math.max(bodyStart, blockStart(text, e.start));
    const group = byParagraph.get(at);
    if (group) group.push(e);
    else byParagraph.set(at, [e]);
  }
  const out = new Set<TextEdit>();
  for (const group of byParagraph.values()) {
    if (!changes(text, group, bodyStart)) continue;
    if (group.length === 1 || group.length > MAX_ONE_BY_ONE) {
      for (const e of group) out.add(e);
      continue;
    }
    const alone = group.filter((e) => changes(text, [e], bodyStart));
    // Each harmless alone, harmful together: none is applied unseen.
    for (const e of alone.length ? alone : group) out.add(e);
  }
  return out;
}

/** The paragraph read again (never from before the body: the frontmatter is no markdown). */
function changes(text: string, edits: readonly TextEdit[], bodyStart: number): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const from = Math.max(bodyStart, blockStart(text, sorted[0]!.start));
  const to = blockEnd(text, sorted[sorted.length - 1]!.end);
  let after = '';
  let at = from;
  for (const e of sorted) {
    after += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  after += text.slice(at, to);
  const before = text.slice(from, to);
  // While someone types, every other paragraph is as it was: its answer is remembered.
  const key = `${before}\u0000${after}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  // Read with the indentation its lines share taken off, as bare-reflow.ts does (a paragraph under a list item).
  const indent = sharedIndent(before);
  const answer = signature(dedent(before, indent)) !== signature(dedent(after, indent));
  if (before.length <= MAX_REMEMBERED_CHARS) {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, answer);
  }
  return answer;
}

/** At most this many paragraphs of at most this size (a few MB in all). */
const MAX_REMEMBERED = 512;
const MAX_REMEMBERED_CHARS = 4096;
const remembered = new Map<string, boolean>();

/** The paragraph's structure: block and inline token types, heading depths, list kinds, addresses and texts, invisible characters aside. */
function signature(block: string): string {
  const parts: string[] = [];
  const walk = (tokens: readonly Token[]): void => {
    let lastWasText = false;
    for (const t of tokens) {
      if (t.type === 'space' || (t.type === 'paragraph' && !norm(t.raw))) continue;
      const x = t as Token & { depth?: number; ordered?: boolean; href?: string; tokens?: Token[]; items?: Array<{ tokens?: Token[] }> };
      const leaf = x.type === 'text' || x.type === 'escape' || x.type === 'codespan' || x.type === 'code' || x.type === 'html' ? norm(t.raw) : '';
      const hasChildren = (x.tokens?.length ?? 0) > 0 || (x.items?.length ?? 0) > 0;
      // A text of only invisible characters (or a paragraph of them) shows nothing; neighbouring texts read as one.
      if ((x.type === 'text' || x.type === 'escape' || x.type === 'paragraph') && !leaf && !hasChildren) continue;
      if ((x.type === 'text' || x.type === 'escape') && !hasChildren) {
        if (lastWasText) parts[parts.length - 1] = norm(`${parts[parts.length - 1]} ${leaf}`);
        else parts.push(leaf);
        lastWasText = true;
        continue;
      }
      lastWasText = false;
      parts.push(`<${x.type}${x.depth ?? ''}${x.ordered ? 'o' : ''}${x.href === undefined ? '' : ` ${norm(x.href.replace(/%E2%80%8[BCD]|%E2%81%A0|%EF%BB%BF|%C2%AD|%C2%A0/gi, ''))}`}${leaf ? ` ${leaf}` : ''}`);
      if (x.tokens) walk(x.tokens);
      if (x.items) for (const item of x.items) {
        parts.push('<item');
        walk(item.tokens ?? []);
        parts.push('>');
      }
      parts.push('>');
    }
  };
  walk(markdown.lexer(block));
  return parts.join('\u0001');
}

function norm(s: string): string {
  return s.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
