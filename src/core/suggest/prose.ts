import type { Token, Tokens } from 'marked';
import { inlineOf, locatedBlocks, locatedOf } from '../parse/located';
import { customHeadingId } from '../parse/slug';
import type { Body } from '../types';
import { BoundedMap } from '../text/bounded-map';

/** Marks a spot where something that can't go into a description (code, a URL as link text) was. */
export const DROPPED = '\u0000';

/** One block of running text (a paragraph or a list item), as plain text that can be traced back to the source. */
export interface ProseUnit {
  text: string;
  /** The block token it was read from. */
  block: Token;
  /**
   * Where `text` came from, as runs: run r starts at index `runStart[r]` of `text`, comes from
   * inline token `runPiece[r]` (index into `tokens`, -1 if none) and its characters sit at
   * `runLocal[r]`, +1, +2… in that token's raw (or all at 0 when `runLocal[r]` is -1: decoded text).
   * Runs, not one entry per character: building those arrays was a large share of the cost.
   */
  runStart: number[];
  runPiece: number[];
  runLocal: number[];
  tokens: Token[];
  kind: 'paragraph' | 'list-item';
  /** Increments at each heading, so sentences pair up only within a section. */
  section: number;
  /** For a list item: which list (counted through the post) and its place in that list. */
  list?: number;
  item?: number;
  /** Indexes of `text` where the source had a hard line break (`  ⏎`, `\⏎`, `<br>`): a label line can end there without a period. */
  breaks?: number[];
}

/** A section heading as plain text (inline code kept as its text, links as their text). */
export interface Heading {
  text: string;
  depth: number;
  token: Token;
  /** Number of prose units read before it. */
  unitsBefore: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|www\.)|@[\w-]+\./i;
/** A block that is only template tags of a static-site generator (Liquid, Nunjucks, Hugo, Jinja). */
const TEMPLATE_TAG = /^\s*(?:\{[{%#][^]*?[}%#]\}\s*)+$/;
/**
 * Container fences (`:::note`, `:::tip[Title]`, `:::intro` … `:::`: Docusaurus, VitePress,
 * markdown-it-container, Pandoc's fenced divs), which marked reads as paragraph text. An
 * admonition's content is an aside to the reader, never what the post is about; any other
 * container (`:::intro`, `:::lead`) holds prose like the rest, its fence lines left out.
 */
const FENCE_OPEN = /^[ \t]*:{3,}[ \t]*\{?[ \t]*\.?([A-Za-z][\w-]*)/;
const FENCE_CLOSE = /(?:^|\n)[ \t]*:{3,}[ \t]*$/;
const ADMONITION = /^(?:note|tip|info|caution|warning|danger|important|details|hint|attention|error|success|question|example|abstract|quote|aside|callout|admonition|notice)$/i;
/** A fence at a sentence's edges: the opening one with its name and title, or the closing one. */
const LEADING_FENCE = /^:{3,}[ \t]*(?:\{[^}\n]*\}|\.?[A-Za-z][\w-]*(?:\[[^\]\n]*\])?)?\s+/;
/**
 * Where a closing fence at a sentence's end starts (the spaces before its colons), scanned from
 * the end: a pattern like /\s+:{3,}\s*$/ would try every start of a long run of spaces or colons.
 */
function trailingFence(text: string): number | undefined {
  const t = text.trimEnd();
  let colons = t.length;
  while (colons > 0 && t[colons - 1] === ':') colons--;
  if (t.length - colons < 3) return undefined;
  let start = colons;
  while (start > 0 && /\s/.test(t[start - 1]!)) start--;
  return start < colons ? start : undefined;
}

/** Inline code that is just a name: letters, digits and the punctuation names use, no spaces or markup. */
const IDENTIFIER = /^[\p{L}\p{N}$@.:/-]{1,40}$/u;

/**
 * The post's prose, block by block, straight from marked's tokens: link text kept, images,
 * raw HTML dropped, code marked as DROPPED. Stops once `maxChars` of prose is collected (or
 * `enough` returns true for the last unit read), so a huge post costs no more than its opening.
 */
export function proseUnits(body: Body, maxChars: number, enough?: (unit: ProseUnit, index: number) => boolean): ProseUnit[] {
  locatedBlocks(body); // places the blocks (cached); inline tokens are placed only for the units a suggestion uses
  const units: ProseUnit[] = [];
  let section = 0;
  let total = 0;
  let lists = 0;
  // Set when `enough` says the caller has what it needs: the rest of the post is not read.
  let stopped = false;
  // Inside an admonition (`:::note` … `:::`) whose fences stand in paragraphs of their own.
  let inAside = false;

  const walk = (tokens: readonly Token[], inList: boolean): void => {
    // Indexed, not for…of: a post's first analysis runs this un-optimized, where an iterator costs more than the step.
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (total >= maxChars || stopped) return;
      if (inAside) {
        // A heading ends an admonition whose closing fence is missing: the rest of the post is read.
        if (token.type === 'heading') inAside = false;
        else {
          if (token.type === 'paragraph' && FENCE_CLOSE.test(token.raw.trimEnd())) inAside = false;
          continue;
        }
      }
      switch (token.type) {
        case 'heading':
          section++;
          break;
        case 'paragraph': {
          const open = FENCE_OPEN.exec(token.raw);
          if (open && ADMONITION.test(open[1]!)) {
            // An admonition: skipped, up to its closing fence (in this paragraph or a later one).
            const rest = token.raw.slice(open[0].length);
            if (!FENCE_CLOSE.test(rest.trimEnd())) inAside = true;
            break;
          }
          // A static-site generator's template tag ({% include %}, {{< shortcode >}}, {# comment #}) is not prose.
          if (!TEMPLATE_TAG.test(token.raw)) add(token, inList ? 'list-item' : 'paragraph');
          break;
        }
        case 'text':
          // A tight list item's content is a block-level text token.
          if (inList) add(token, 'list-item');
          break;
        case 'list': {
          const list = lists++;
          (token as Tokens.List).items.forEach((item, i) => {
            const before = units.length;
            walk(item.tokens, true);
            for (let u = before; u < units.length; u++) if (units[u]!.list === undefined) Object.assign(units[u]!, { list, item: i });
          });
          break;
        }
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, inList);
          break;
      }
    }
  };

  const defs = definitionsOf(body);
  const add = (block: Token, kind: ProseUnit['kind']): void => {
    const read = blockText(block, defs);
    if (!read.text) return;
    const unit = new BlockUnit(read, block, kind, section);
    units.push(unit);
    total += unit.text.length;
    if (enough?.(unit, units.length - 1)) stopped = true;
  };

  walk(body.tokens, false);
  return units;
}

/** A block's text as a description reads it, with where each run of it came from: what a unit is, wherever its block stands. */
interface BlockText {
  text: string;
  runStart: number[];
  runPiece: number[];
  runLocal: number[];
  breaks?: number[];
}

/**
 * A block read as prose. Its inline tokens (what its runs point at) are collected only when a
 * source offset is asked for: a remembered block's text serves a new parse of the same block,
 * whose tokens are new objects.
 */
class BlockUnit implements ProseUnit {
  readonly text: string;
  readonly runStart: number[];
  readonly runPiece: number[];
  readonly runLocal: number[];
  readonly breaks?: number[];
  list?: number;
  item?: number;
  #tokens: Token[] | undefined;
  constructor(
    read: BlockText,
    readonly block: Token,
    readonly kind: ProseUnit['kind'],
    readonly section: number,
  ) {
    this.text = read.text;
    this.runStart = read.runStart;
    this.runPiece = read.runPiece;
    this.runLocal = read.runLocal;
    if (read.breaks) this.breaks = read.breaks;
  }

  get tokens(): Token[] {
    return (this.#tokens ??= building(this.block, true).tokens);
  }
}

/** The block's inline content read as prose; `tokensOnly`: only which token each piece of text comes from, in order. */
function building(block: Token, tokensOnly = false): Building {
  const out: Building = { parts: [], runStart: [], runPiece: [], runLocal: [], tokens: [], length: 0, lastWasSpace: true, tokensOnly };
  appendInline(out, (block as { tokens?: Token[] }).tokens ?? [{ type: 'text', raw: block.raw, text: block.raw } as Tokens.Text]);
  return out;
}

/**
 * The block's text, remembered by its source, the post's link definitions (a reference link's
 * text depends on them) and the shape of its inline tokens: the same source does not always give
 * the same tokens (an item of a loose task list carries its "[ ] " in its source but reads it as a
 * checkbox; after an unclosed `<a …>` earlier in the post, marked reads no bare URL as a link).
 * While someone types, every block but the one being edited is read again unchanged. Bounded; a
 * block far longer than what is read of it is read afresh (its source would make a key of megabytes).
 */
function blockText(block: Token, defs: string): BlockText {
  const rememberable = block.raw.length <= MAX_REMEMBERED_SOURCE;
  const inline = (block as { tokens?: Token[] }).tokens;
  const key = rememberable ? `${defs}\u0000${block.type}\u0000${inline ? shapeOf(inline) : ''}\u0000${block.raw}` : '';
  let known = rememberable ? blockTexts.get(key) : undefined;
  if (!known) {
    const b = building(block);
    // A trailing space is dropped; a run starting past the end then maps nothing (sourceOffset checks the length).
    const joined = b.parts.join('');
    known = { text: joined.endsWith(' ') ? joined.slice(0, -1) : joined, runStart: b.runStart, runPiece: b.runPiece, runLocal: b.runLocal };
    if (b.breaks) known.breaks = b.breaks;
    if (rememberable) blockTexts.set(key, known);
  }
  return known;
}

const MAX_BLOCK_TEXTS = 2_000;
const blockTexts = new BoundedMap<string, BlockText>(MAX_BLOCK_TEXTS);

/**
 * The types of the inline tokens, nested ones included, as a number (what the source alone does
 * not decide): a hash, so the key stays short and nothing is built for every block read.
 */
function shapeOf(tokens: readonly Token[], h = 7): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const type = t.type;
    for (let c = 0; c < type.length; c++) h = (Math.imul(h, 31) + type.charCodeAt(c)) | 0;
    const inner = (t as { tokens?: Token[] }).tokens;
    // Brackets around nested tokens: "strong[link]" and "strong link" differ.
    if (inner?.length) h = (Math.imul(shapeOf(inner, (Math.imul(h, 31) + 91) | 0), 31) + 93) | 0;
    else h = (Math.imul(h, 31) + 32) | 0;
  }
  return h;
}

/**
 * The post's reference-link definitions, as a short id standing for them (keys stay short
 * whatever the definitions: release notes define hundreds of links). marked keeps them on the
 * token list.
 */
function definitionsOf(body: Body): string {
  let known = definitions.get(body.tokens);
  if (known === undefined) {
    const links = (body.tokens as { links?: Record<string, unknown> }).links;
    const all = links && Object.keys(links).length ? JSON.stringify(links) : '';
    // No definitions (most posts) is always the same id, whatever happens to the others.
    known = all ? definitionIds.get(all) : '';
    if (known === undefined) {
      known = String(nextDefinitionId++);
      definitionIds.set(all, known);
    }
    definitions.set(body.tokens, known);
  }
  return known;
}

const definitions = new WeakMap<readonly Token[], string>();
const MAX_DEFINITION_SETS = 50;
const definitionIds = new BoundedMap<string, string>(MAX_DEFINITION_SETS);
let nextDefinitionId = 1;

/** A unit being built: pieces joined once at the end (repeated `+=` and `endsWith` on a growing string is quadratic). */
interface Building {
  parts: string[];
  runStart: number[];
  runPiece: number[];
  runLocal: number[];
  tokens: Token[];
  length: number;
  lastWasSpace: boolean;
  breaks?: number[];
  /**
   * Only collect the tokens (a remembered block's runs point at them by index): no text, so no
   * length cap either, which only adds tokens after the last one a run can point at.
   */
  tokensOnly: boolean;
}

/** A description needs the first sentences of a block; a 1 MB paragraph is read only this far. */
const MAX_UNIT_CHARS = 3000;
/** Blocks whose source is longer are not remembered (see `blockText`). */
const MAX_REMEMBERED_SOURCE = 4 * MAX_UNIT_CHARS;

function appendInline(unit: Building, tokens: readonly Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (unit.length >= MAX_UNIT_CHARS) return;
    switch (t.type) {
      case 'text':
      case 'escape':
        if ('tokens' in t && t.tokens?.length) appendInline(unit, t.tokens);
        else appendText(unit, (t as Tokens.Text).text, t, t.type === 'text');
        break;
      case 'strong':
      case 'em':
      case 'del':
        appendInline(unit, (t as Tokens.Strong).tokens);
        break;
      case 'link': {
        const link = t as Tokens.Link;
        if (URL_LIKE.test(link.text.trim())) appendText(unit, DROPPED, t, false);
        else appendInline(unit, link.tokens);
        break;
      }
      case 'br':
        lineBreak(unit);
        break;
      case 'codespan': {
        // A name in code font ("useEffectEvent", "v1.2") reads as a word; code proper does not.
        const code = (t as Tokens.Codespan).text;
        // The name sits after the opening backticks of the token's source.
        if (IDENTIFIER.test(code)) appendText(unit, code, t, false, Math.max(0, t.raw.indexOf(code)));
        else appendText(unit, DROPPED, t, false);
        break;
      }
      case 'html':
        if (/^<br\b/i.test(t.raw)) lineBreak(unit);
        break;
      // Images, footnotes and unknown extensions add nothing a description could use.
    }
  }
}

/** A hard line break reads as a space; where it was is kept for the sentence splitter. */
function lineBreak(unit: Building): void {
  (unit.breaks ??= []).push(unit.length);
  appendText(unit, ' ', undefined, false);
}

/** Appends text with whitespace collapsed and invisible characters removed, tracking source offsets. */
/** `at`: where `raw` starts in the source of the token it comes from. */
function appendText(unit: Building, raw: string, from: Token | undefined, decode: boolean, at = 0): void {
  if (unit.tokensOnly) {
    if (from) unit.tokens.push(from);
    return;
  }
  const text = decode && raw.includes('&') ? raw.replace(ENTITY, decodeEntity) : raw;
  // Offsets are exact when nothing was decoded; otherwise clamp to the token's start (close enough for a range).
  const exact = text === raw;
  let out = '';
  const pieceIndex = from ? unit.tokens.push(from) - 1 : -1;
  const stop = Math.min(text.length, MAX_UNIT_CHARS - unit.length + 1);
  const startRun = (i: number) => {
    unit.runStart.push(unit.length + out.length);
    unit.runPiece.push(pieceIndex);
    unit.runLocal.push(exact ? at + i : -1);
  };
  if (!exact) startRun(0);
  // Copy runs of ordinary characters in one slice; only spaces and invisibles are handled one by one.
  let run = 0;
  // Whether the character before i was kept (so i continues the current source run).
  let contiguous = false;
  const flush = (i: number) => {
    if (i > run) out += text.slice(run, i);
  };
  for (let i = 0; i < stop; i++) {
    const code = text.charCodeAt(i);
    const space = isSpace(code);
    if (!space && !isInvisible(code)) {
      if (exact && !contiguous) {
        flush(i);
        run = i;
        startRun(i);
      }
      contiguous = true;
      unit.lastWasSpace = false;
      // The rest of the word in one step: printable ASCII other than a space (! to ~) is neither a space nor
      // invisible, so each of those characters would only repeat the two assignments above.
      // (Bounds checked before reading: a read past the end deoptimizes the compiled loop.)
      while (i + 1 < stop) {
        const next = text.charCodeAt(i + 1);
        if (next <= 32 || next >= 127) break;
        i++;
      }
      continue;
    }
    flush(i);
    run = i + 1;
    if (!space || unit.lastWasSpace) {
      contiguous = false;
      continue;
    }
    if (exact && !contiguous) startRun(i);
    out += ' ';
    contiguous = true;
    unit.lastWasSpace = true;
  }
  flush(stop);
  unit.parts.push(out);
  unit.length += out.length;
}

/**
 * Source offset (whole post) of the character at `index` of the unit's text, or undefined when
 * it can't be traced. Places the unit's inline tokens on first use: done only for the few
 * candidates returned, not for every block read.
 */
export function sourceOffset(body: Body, unit: ProseUnit, index: number): number | undefined {
  if (index < 0 || index >= unit.text.length || !unit.runStart.length || index < unit.runStart[0]!) return undefined;
  // The last run starting at or before `index`.
  let lo = 0;
  let hi = unit.runStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (unit.runStart[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  const piece = unit.runPiece[lo]!;
  if (piece < 0) return undefined;
  inlineOf(body, unit.block);
  const at = locatedOf(body, unit.tokens[piece]!);
  if (!at) return undefined;
  const local = unit.runLocal[lo]! < 0 ? 0 : unit.runLocal[lo]! + index - unit.runStart[lo]!;
  return Math.min(at.start + local, at.end);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function decodeEntity(whole: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}

const MAX_HEADINGS = 60;

/**
 * The post's headings (levels 1–3, top level and inside blockquotes), as plain text, in order;
 * at most 60. Cheap even on a huge post: headings are few and already lexed.
 */
export function headingsOf(body: Body): Heading[] {
  const out: Heading[] = [];
  const defs = definitionsOf(body);
  const walk = (tokens: readonly Token[]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (out.length >= MAX_HEADINGS) return;
      if (token.type === 'heading') {
        const h = token as Tokens.Heading;
        if (h.depth > 3) continue;
        const text = headingText(h, defs);
        if (text) out.push({ text, depth: h.depth, token, unitsBefore: 0 });
      } else if (token.type === 'blockquote') walk((token as Tokens.Blockquote).tokens);
    }
  };
  walk(body.tokens);
  return out;
}

/**
 * A heading's text without its own id ({#id}, or an MDX comment as react.dev writes them), as the
 * page shows it; remembered like a block's text (headings don't change while someone types below them).
 */
function headingText(h: Tokens.Heading, defs: string): string {
  const read = () => customHeadingId(plainInline(h.tokens ?? []).replace(/\s+/g, ' ')).text.trim();
  if (h.raw.length > MAX_REMEMBERED_SOURCE) return read();
  const key = `${defs}\u0000${h.raw}`;
  let text = headingTexts.get(key);
  if (text === undefined) {
    text = read();
    headingTexts.set(key, text);
  }
  return text;
}

const headingTexts = new BoundedMap<string, string>(MAX_BLOCK_TEXTS);

/** Inline tokens as plain text: link and emphasis text kept, code as its text, images and HTML dropped. */
export function plainInline(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'text':
      case 'escape':
        out += 'tokens' in t && t.tokens?.length ? plainInline(t.tokens) : decodeText((t as Tokens.Text).text);
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += plainInline((t as Tokens.Strong).tokens);
        break;
      case 'codespan':
        out += decodeText((t as Tokens.Codespan).text);
        break;
      case 'br':
        out += ' ';
        break;
    }
  }
  return out;
}

function decodeText(raw: string): string {
  return raw.includes('&') ? raw.replace(ENTITY, decodeEntity) : raw;
}

/**
 * The sentence without a container's fence at its edges (`:::intro Plein de nouveautés…`,
 * `…en priorité. :::`): the fence is markup, the words inside it prose. Offsets follow.
 */
export function withoutFences<S extends { text: string; from: number; to: number }>(s: S): S {
  if (!s.text.includes(':::')) return s;
  let { text, from, to } = s;
  const lead = LEADING_FENCE.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    from += lead[0].length;
  }
  const trail = trailingFence(text);
  if (trail !== undefined) {
    to -= text.length - trail;
    text = text.slice(0, trail);
  }
  return { ...s, text, from, to };
}
