import { Marked, type Token, type Tokens } from 'marked';
import type { Heading, LinkRef, ParseNotice } from '../types';
import { crlfMapper, findRaw } from './located';
import { safeLex } from './safe-markdown';
import { customHeadingId, slugger } from './slug';
import { bodyView, contentView, type View } from './views';

/**
 * One shared instance: GFM on, no extensions, so the preview matches common static-site renderers.
 * One change to marked's output: a heading's own id (`## Install {#setup}`, as Hugo, Jekyll and
 * Pandoc read it) is not shown as text, since those sites don't show it. The id itself is not
 * put on the preview's heading: the preview lives in the panel's document, where an id chosen by
 * the draft could shadow a global of the panel's (DOM clobbering).
 */
export const markdown = new Marked({ gfm: true });
markdown.use({
  renderer: {
    heading({ tokens, depth }) {
      return `<h${depth}>${customHeadingId(this.parser.parseInline(tokens)).text}</h${depth}>\n`;
    },
  },
});

export interface MarkdownParse {
  tokens: Token[];
  links: LinkRef[];
  headings: Heading[];
  /** Parts marked could not read whole, in the whole text's offsets. */
  notices: ParseNotice[];
}

/**
 * Lexes the body once and locates every link, image and heading in the original text.
 * marked gives tokens without offsets (and lexes a copy with \r\n turned into \n), so each
 * token's `raw` is searched for in order inside its parent's span, then mapped back.
 */
export function parseMarkdown(body: string, bodyStart: number): MarkdownParse {
  const normalized = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const toOriginal = crlfMapper(body, bodyStart);
  const { tokens, notices } = safeLex(markdown, normalized);
  const links: LinkRef[] = [];
  const headings: Heading[] = [];
  const definitions = new Map<string, LinkRef>();
  const references: { link: LinkRef; label: string }[] = [];
  const slug = slugger();

  /** Locates `list` in order inside [from, to) of `view`; returns where the search ended. */
  const visit = (list: readonly Token[], view: View, from: number, to: number): number => {
    let cursor = from;
    for (const token of list) {
      const at = findRaw(view.text, token.raw, cursor, to);
      if (at < 0) {
        // Not verbatim here (marked rewrote it): its children may be; never search before them again.
        cursor = Math.max(cursor, visitChildren(token, view, cursor, to, false));
        continue;
      }
      const end = at + token.raw.length;
      collect(token, view, at, end, to);
      visitChildren(token, view, at, end, true);
      cursor = end;
    }
    return cursor;
  };

  const visitChildren = (token: Token, view: View, from: number, to: number, placed: boolean): number => {
    // Inline content that can't hold anything to collect (a link, image, raw HTML or autolink
    // needs one of these characters, and a child's raw holds only its parent's characters) is
    // not walked. Containers always are: they may hold headings.
    if (!BLOCK_CONTAINERS.has(token.type) && !mayHoldLink(token.raw)) return from;
    // Items and cells are visited as one sequence so the search cursor moves on: two identical
    // items or cells must map to two different places.
    if (token.type === 'list') return visit((token as Tokens.List).items, view, from, to);
    if (token.type === 'table') {
      const t = token as Tokens.Table;
      return visit([...t.header, ...t.rows.flat()].flatMap((c) => c.tokens), view, from, to);
    }
    if ((token.type === 'blockquote' || token.type === 'list_item') && placed) {
      // Children were lexed from the content (markers / indentation taken off): search them there.
      const content = contentView(view, from, token.raw, (token as Tokens.Blockquote | Tokens.ListItem).text);
      visit((token as Tokens.Blockquote).tokens, content, 0, content.text.length);
      return to;
    }
    if ('tokens' in token && token.tokens && token.type !== 'link' && token.type !== 'image') return visit(token.tokens, view, from, to);
    if (token.type === 'link' && token.tokens) return visit(token.tokens, view, from, to);
    if (token.type === 'image' && placed) altLinks(token as Tokens.Image, view, from);
    return from;
  };

  const map = (view: View) => (o: number) => toOriginal(view.toBody(o));

  const collect = (token: Token, view: View, at: number, end: number, parentEnd: number): void => {
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading;
        const own = customHeadingId(plainText(h.tokens));
        headings.push({ depth: h.depth, text: own.text, slug: own.id ?? slug(own.text), start: map(view)(at), end: map(view)(end) });
        break;
      }
      case 'link':
      case 'image': {
        const found = linkFromToken(token as Tokens.Link | Tokens.Image, view.text, at, end);
        if (!found) break;
        const link = mapLink(found, map(view));
        links.push(link);
        if (found.label !== undefined) references.push({ link, label: found.label });
        break;
      }
      case 'def': {
        const d = token as Tokens.Def;
        const found = definitionFromRaw(d.raw, at);
        if (!found) break;
        const link = mapLink(found, map(view));
        links.push(link);
        if (!definitions.has(d.tag)) definitions.set(d.tag, link);
        break;
      }
      case 'html': {
        for (const found of htmlLinks(token.raw, at, view.text, parentEnd)) links.push(mapLink(found, map(view)));
        break;
      }
    }
  };

  /**
   * Links written inside an image's description (`![Photo by [Ann](…) on [Site](…)](img)`, a
   * common export shape). marked lexes the description into the image's tokens; other renderers
   * and the export's own source show those links, tracking parameters and all.
   */
  const altLinks = (image: Tokens.Image, view: View, at: number): void => {
    const inner = (image as { tokens?: Token[] }).tokens;
    const close = closingBracket(image.raw, 1);
    if (!inner?.length || close < 0) return;
    visit(inner, view, at + 2, at + close);
  };

  visit(tokens, bodyView(normalized), 0, normalized.length);
  // A reference usage points at its definition's URL, so a fix edits the definition once.
  for (const { link, label } of references) {
    const def = definitions.get(normalizeLabel(label));
    if (def) Object.assign(link, { url: def.url, urlStart: def.urlStart, urlEnd: def.urlEnd, title: def.title });
  }
  links.sort((a, b) => a.start - b.start);
  return { tokens, links, headings, notices: notices.map((n) => ({ ...n, start: toOriginal(n.start), end: toOriginal(n.end) })) };
}

/**
 * Whether `raw` has what every link, image, definition, raw HTML tag or GFM autolink (scheme:,
 * www., e-mail) contains. indexOf scans: one regex with these alternatives is several times slower.
 */
function mayHoldLink(raw: string): boolean {
  return raw.includes('[') || raw.includes('<') || raw.includes(':') || raw.includes('@') || (raw.includes('.') && WWW.test(raw));
}
const WWW = /www\./i;
const BLOCK_CONTAINERS = new Set(['list', 'list_item', 'blockquote']);

interface FoundLink extends Omit<LinkRef, 'start' | 'end' | 'urlStart' | 'urlEnd'> {
  start: number;
  end: number;
  urlStart: number;
  urlEnd: number;
  /** Set for reference-style usages: the label to look up. */
  label?: string;
}

function mapLink(found: FoundLink, map: (o: number) => number): LinkRef {
  // Built field by field (same keys, same order as the found link, minus `label`): object
  // rest/spread copies were the costliest line of link extraction.
  const link: LinkRef = { kind: found.kind, url: found.url, urlStart: map(found.urlStart), urlEnd: map(found.urlEnd), start: map(found.start), end: map(found.end) };
  if ('text' in found) link.text = found.text;
  if ('title' in found) link.title = found.title;
  if (found.element !== undefined) link.element = found.element;
  return link;
}

export function normalizeLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

function linkFromToken(token: Tokens.Link | Tokens.Image, source: string, at: number, end: number): FoundLink | undefined {
  const raw = token.raw;
  const isImage = token.type === 'image';
  const text = isImage ? token.text : plainText((token as Tokens.Link).tokens ?? []);
  const title = token.title ?? undefined;
  if (!isImage && raw.startsWith('<') && raw.endsWith('>')) {
    return { kind: 'autolink', url: raw.slice(1, -1), urlStart: at + 1, urlEnd: end - 1, start: at, end, text, title };
  }
  if (!isImage && !raw.startsWith('[')) {
    return { kind: 'bare', url: raw, urlStart: at, urlEnd: end, start: at, end, text, title };
  }
  const labelEnd = closingBracket(raw, isImage ? 1 : 0);
  if (labelEnd < 0) return undefined;
  if (raw[labelEnd + 1] === '(') {
    const dest = destination(raw, labelEnd + 2);
    if (!dest) return undefined;
    return { kind: isImage ? 'image' : 'inline', url: dest.url, urlStart: at + dest.start, urlEnd: at + dest.end, start: at, end, text, title };
  }
  // [text][label], [text][] or [text]: the URL is in a definition, resolved later.
  const second = raw[labelEnd + 1] === '[' ? raw.slice(labelEnd + 2, raw.indexOf(']', labelEnd + 2)) : '';
  const label = second || raw.slice(isImage ? 2 : 1, labelEnd);
  void source;
  return { kind: isImage ? 'image' : 'reference', url: token.href, urlStart: at, urlEnd: at, start: at, end, text, title, label };
}

/** Index of the `]` closing the label opened at `open`, honouring nesting and backslash escapes. */
function closingBracket(raw: string, open: number): number {
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The link destination starting at `from` (just after `(`): `<…>` or up to whitespace/unbalanced `)`. */
function destination(raw: string, from: number): { url: string; start: number; end: number } | undefined {
  let i = from;
  while (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n') i++;
  if (raw[i] === '<') {
    const close = raw.indexOf('>', i + 1);
    if (close < 0) return undefined;
    return { url: raw.slice(i + 1, close), start: i + 1, end: close };
  }
  const start = i;
  let depth = 0;
  for (; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n') break;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return { url: raw.slice(start, i), start, end: i };
}

function definitionFromRaw(raw: string, at: number): FoundLink | undefined {
  const m = /^ {0,3}\[((?:\\.|[^\]\\])+)\]:[ \t]*\n?[ \t]*/.exec(raw);
  if (!m) return undefined;
  const dest = destination(raw, m[0].length);
  if (!dest || !dest.url) return undefined;
  return { kind: 'definition', url: dest.url, urlStart: at + dest.start, urlEnd: at + dest.end, start: at, end: at + raw.trimEnd().length };
}

export const HTML_LINK = /<(a|img|iframe|blockquote)\b([^>]*)>/gi;
/** The attribute holding the address, per element. Embeds (video iframes, Instagram's blockquote) are seen by readers as the thing they load. */
const URL_ATTRIBUTE: Record<string, readonly string[]> = { a: ['href'], img: ['src'], iframe: ['src'], blockquote: ['data-instgrm-permalink', 'cite'] };
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// An attribute name starts where no name letter is before it: without the lookbehind, a long run of
// letters with no "=" (a hostile draft) was tried from every letter (quadratic). Same matches.
export const ATTR = /(?<![a-zA-Z-])([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/**
 * `text` up to and including its last ">": a tag pattern like /<a\b[^>]*>/ tried on a long run of
 * "<a" with no ">" after it scans to the end from every one (quadratic); past the last ">" nothing
 * can match, so only the part before it is searched.
 */
export function upToLastTagEnd(text: string): string {
  return text.slice(0, text.lastIndexOf('>') + 1);
}

/**
 * `<a href>` and `<img src alt>` inside raw HTML blocks and inline HTML. Inline, marked gives
 * `<a …>` and `</a>` as separate tokens, so the closing tag is looked for in `source` after the
 * token, up to `limit` (the end of the enclosing paragraph), to get the link text and full range.
 */
function htmlLinks(raw: string, at: number, source: string, limit: number): FoundLink[] {
  const out: FoundLink[] = [];
  // Tags inside comments are not on the page: blank the comments out, keeping every offset.
  const visible = raw.includes('<!--') ? raw.replace(HTML_COMMENT, (c) => ' '.repeat(c.length)) : raw;
  for (const tag of upToLastTagEnd(visible).matchAll(HTML_LINK)) {
    const element = tag[1]!.toLowerCase();
    const isImage = element === 'img';
    const urlNames = URL_ATTRIBUTE[element]!;
    const attrsAt = tag.index! + 1 + tag[1]!.length;
    let url: { value: string; start: number; rank: number } | undefined;
    let alt: string | undefined;
    let title: string | undefined;
    for (const a of tag[2]!.matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      const valueAt = attrsAt + a.index! + a[0].length - value.length - (a[4] === undefined ? 1 : 0);
      const rank = urlNames.indexOf(name);
      if (rank >= 0 && (!url || rank < url.rank)) url = { value, start: valueAt, rank };
      else if (name === 'alt') alt = value;
      else if (name === 'title') title = value;
    }
    if (!url) continue;
    const start = at + tag.index!;
    let end = start + tag[0].length;
    let text: string | undefined = alt === undefined ? undefined : decodeEntities(alt);
    if (element === 'a') {
      const close = closingAnchor(source, end, limit);
      if (close) {
        text = visibleHtmlText(source.slice(end, close[0]));
        end = close[1];
      }
    } else if (!isImage) {
      text = undefined;
    }
    const link: FoundLink = { kind: isImage ? 'html-image' : 'html', url: url.value, urlStart: at + url.start, urlEnd: at + url.start + url.value.length, start, end, text, title };
    if (element !== 'a' && element !== 'img') link.element = element;
    out.push(link);
  }
  return out;
}

/** Start and end of the `</a>` closing an anchor whose content starts at `from` (none past `limit` or another `<a`). */
function closingAnchor(source: string, from: number, limit: number): [number, number] | undefined {
  const m = /<\/a\s*>|<a\b/i.exec(source.slice(from, limit));
  return m && m[0][1] === '/' ? [from + m.index, from + m.index + m[0].length] : undefined;
}

/** What a reader sees inside an anchor: tags removed, an image counts through its alt text. */
export function visibleHtmlText(inner: string): string {
  const withAlt = replaceUpToLastTagEnd(inner, /<img\b[^>]*>/gi, (img) => / alt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(img)?.slice(1).find((v) => v !== undefined) ?? '');
  return decodeEntities(replaceUpToLastTagEnd(withAlt, /<[^>]*>/g, () => '')).trim();
}

/** `text.replace(tag, by)`, searching only up to the last ">" (see `upToLastTagEnd`). */
function replaceUpToLastTagEnd(text: string, tag: RegExp, by: (match: string) => string): string {
  const head = upToLastTagEnd(text);
  return head.replace(tag, by) + text.slice(head.length);
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e] ?? _);
}

/** The visible text of inline tokens (what a reader sees, what a screen reader says). */
export function plainText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'image') out += (t as Tokens.Image).text;
    else if (t.type === 'br') out += ' ';
    else if (t.type === 'html') out += '';
    else if ('tokens' in t && t.tokens && t.tokens.length) out += plainText(t.tokens);
    else if (t.type === 'escape' || t.type === 'text' || t.type === 'codespan') out += decodeEntities((t as Tokens.Text).text);
  }
  return out;
}
