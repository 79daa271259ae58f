import type { TextEdit } from '../../core/types';

/*
 * Decap's markdown widget edits the body in Slate, in both of its modes, and writes
 * `slateToMarkdown(value)` to the store on every change. A fix made on the markdown text is
 * turned here into Slate operations on the widget's own editor (no remount: caret, selection,
 * scroll and Slate's own undo stay), and offsets in the markdown are mapped to Slate points and
 * back (jump to a finding, keep the caret through a fallback remount). Pure: plain node trees
 * in, plain operations out; ./body.ts applies them to the live editor.
 *
 * - Markdown ("raw") mode: one paragraph per line, one text each: exact.
 * - Rich-text mode: the tree is aligned with the markdown (every text leaf found in order, link
 *   addresses at their place, only markdown syntax in between, heading levels and emphasis
 *   delimiters consistent). Fixes map to text edits inside a leaf, a link's address or title,
 *   an image's address or alt text, a heading's level, and emphasis turned into a heading.
 *   Anything else, or a tree that doesn't align, is `undefined`: the caller falls back.
 */

export interface SlateNode {
  text?: string;
  type?: string;
  children?: SlateNode[];
  data?: Record<string, unknown> | null;
  [key: string]: unknown;
}
export type Path = number[];
export interface Point {
  path: Path;
  offset: number;
}
export interface SlateRange {
  anchor: Point;
  focus: Point;
}
/** A Slate operation, as plain data (the page's own Slate applies it). */
export type SlateOp = { type: string; [key: string]: unknown };

const isText = (n: SlateNode | undefined): n is SlateNode & { text: string } => !!n && typeof n.text === 'string';
const ownProps = (n: SlateNode): Record<string, unknown> => {
  const { children: _c, text: _t, ...rest } = n;
  return rest;
};

/**
 * A no-op that starts (and one that ends) our own history batch: slate-history merges what
 * follows in the same tick into it, and never merges the user's next keystroke into it.
 */
export const BATCH_MARK = (): SlateOp => ({ type: 'set_node', path: [0], properties: {}, newProperties: {} });

// ---- markdown mode ------------------------------------------------------------------------

/** The lines of a markdown-mode value, or undefined when it isn't one text per paragraph. */
export function rawLines(children: readonly SlateNode[]): string[] | undefined {
  const lines: string[] = [];
  for (const node of children) {
    const kids = node.children;
    if (isText(node) || !kids || kids.length !== 1 || !isText(kids[0]) || Object.keys(kids[0]).length !== 1) return undefined;
    lines.push(kids[0].text);
  }
  return lines;
}

export function rawOffsetToPoint(lines: readonly string[], offset: number): Point {
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i]!.length;
    if (offset <= at + len || i === lines.length - 1) return { path: [i, 0], offset: Math.max(0, Math.min(len, offset - at)) };
    at += len + 1;
  }
  return { path: [0, 0], offset: 0 };
}

export function rawPointToOffset(lines: readonly string[], point: Point): number | undefined {
  const [line, text] = point.path;
  if (line === undefined || text !== 0 || point.path.length !== 2 || line >= lines.length) return undefined;
  let at = 0;
  for (let i = 0; i < line; i++) at += lines[i]!.length + 1;
  return at + Math.min(point.offset, lines[line]!.length);
}

/** Operations turning the markdown-mode value into `applyEdits(lines.join('\n'), edits)`. Edits sorted and apart. */
export function rawOps(children: readonly SlateNode[], edits: readonly TextEdit[]): SlateOp[] | undefined {
  const start = rawLines(children);
  if (!start) return undefined;
  const lines = [...start];
  const props = children.map(ownProps);
  const paragraph = (i: number, text: string): SlateNode => ({ ...(props[Math.min(i, props.length - 1)] ?? { type: 'paragraph' }), children: [{ text }] });
  const ops: SlateOp[] = [];
  // Last edit first: the lines before an edit keep their indexes and offsets.
  for (const edit of [...edits].reverse()) {
    const from = rawOffsetToPoint(lines, edit.start);
    const to = rawOffsetToPoint(lines, edit.end);
    const ls = from.path[0]!;
    const le = to.path[0]!;
    const cs = from.offset;
    const ce = to.offset;
    if (ls === le) {
      if (ce > cs) ops.push({ type: 'remove_text', path: [ls, 0], offset: cs, text: lines[ls]!.slice(cs, ce) });
      lines[ls] = lines[ls]!.slice(0, cs) + lines[ls]!.slice(ce);
    } else {
      const head = lines[ls]!.slice(0, cs);
      const tail = lines[le]!.slice(ce);
      if (ce > 0) ops.push({ type: 'remove_text', path: [le, 0], offset: 0, text: lines[le]!.slice(0, ce) });
      if (cs < lines[ls]!.length) ops.push({ type: 'remove_text', path: [ls, 0], offset: cs, text: lines[ls]!.slice(cs) });
      for (let i = le - 1; i > ls; i--) ops.push({ type: 'remove_node', path: [i], node: paragraph(i, lines[i]!) });
      ops.push({ type: 'merge_node', path: [ls + 1], position: 1, properties: { ...props[le] } });
      ops.push({ type: 'merge_node', path: [ls, 1], position: head.length, properties: {} });
      lines.splice(ls, le - ls + 1, head + tail);
      props.splice(ls + 1, le - ls);
    }
    const parts = edit.text.split('\n');
    if (parts[0]) ops.push({ type: 'insert_text', path: [ls, 0], offset: cs, text: parts[0] });
    if (parts.length > 1) {
      const line = lines[ls]!;
      const cut = cs + parts[0]!.length;
      ops.push({ type: 'split_node', path: [ls, 0], position: cut, properties: {} });
      ops.push({ type: 'split_node', path: [ls], position: 1, properties: { ...props[ls] } });
      for (let k = 1; k < parts.length - 1; k++) ops.push({ type: 'insert_node', path: [ls + k], node: paragraph(ls, parts[k]!) });
      const last = parts[parts.length - 1]!;
      if (last) ops.push({ type: 'insert_text', path: [ls + parts.length - 1, 0], offset: 0, text: last });
      const newLines = [line.slice(0, cs) + parts[0], ...parts.slice(1, -1), last + line.slice(cs)];
      lines.splice(ls, 1, ...newLines);
      props.splice(ls + 1, 0, ...parts.slice(1).map(() => props[ls]!));
    } else {
      lines[ls] = lines[ls]!.slice(0, cs) + parts[0] + lines[ls]!.slice(cs);
    }
  }
  return ops;
}

// ---- rich-text mode: aligning the tree with the markdown ------------------------------------

export type Segment =
  /** A text leaf: its text is `md[start, end)`, verbatim unless `escaped` (backslashes, continuation indents). */
  | { kind: 'text'; path: Path; start: number; end: number; escaped: boolean; marks: string[]; block: string }
  /** A string held in a node's data (a link's address, an image's alt text…): `md[start, end)` verbatim. */
  | { kind: 'data'; path: Path; start: number; end: number; key: string[]; autolinkText?: Path }
  /** A block element: `[start, end)` from where its markdown starts to where it ends. */
  | { kind: 'block'; path: Path; start: number; end: number; type: string };

export interface Alignment {
  segments: Segment[];
  /** False when the tree could not be matched with the markdown all the way. */
  complete: boolean;
}

const MARKS = ['bold', 'italic', 'code', 'delete'] as const;
const PUNCT = /[!-/:-@[-`{-~]/;
/** What may stand between two aligned pieces: markdown syntax and white space, nothing a reader reads. */
const SYNTAX_ONLY = /^[\s*_\-+>#[\]()!`~\\|:<=]*$/;
/** Ordered-list markers are digits: taken out before the syntax check. */
const LIST_NUMBER = /(^|\n)([ \t>]*)\d{1,9}[.)](?=[ \t]|$)/g;
const HEADING_DEPTH: Record<string, number> = { 'heading-one': 1, 'heading-two': 2, 'heading-three': 3, 'heading-four': 4, 'heading-five': 5, 'heading-six': 6 };
export const HEADING_TYPE = ['', 'heading-one', 'heading-two', 'heading-three', 'heading-four', 'heading-five', 'heading-six'];

const reEscape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/** A leaf's text as it may be written: punctuation optionally escaped, soft breaks followed by indentation or `>`. */
function leafPattern(text: string): RegExp {
  let src = '';
  for (const c of text) src += c === '\n' ? '\\n[ \\t>]*' : PUNCT.test(c) ? `\\\\?${reEscape(c)}` : reEscape(c);
  return new RegExp(src, 'y');
}

const isSyntax = (gap: string) => SYNTAX_ONLY.test(gap.replace(LIST_NUMBER, '$1$2'));

class Misaligned extends Error {}

/**
 * Matches the rich-text tree with `md`, in document order. Stops at the first piece it can't
 * place (`complete: false`): what was placed before that is still right.
 */
export function align(children: readonly SlateNode[], md: string): Alignment {
  const segments: Segment[] = [];
  let pos = 0;

  /** Where a piece starts: the first place after `pos` reached over syntax only. */
  const reach = (test: (at: number) => number | undefined): [number, number] => {
    for (let at = pos; at <= md.length; at++) {
      const len = test(at);
      if (len !== undefined) {
        if (!isSyntax(md.slice(pos, at))) break;
        return [at, at + len];
      }
      if (at < md.length && !/[\s*_\-+>#[\]()!`~\\|:<=0-9.)]/.test(md[at]!)) break;
    }
    throw new Misaligned();
  };
  const literal = (s: string) => reach((at) => (md.startsWith(s, at) ? s.length : undefined));

  const text = (node: SlateNode & { text: string }, path: Path, block: Path) => {
    const marks = MARKS.filter((m) => node[m] === true);
    if (node.text === '') {
      segments.push({ kind: 'text', path, start: pos, end: pos, escaped: false, marks, block: block.join('.') });
      return;
    }
    const re = leafPattern(node.text);
    const [start, end] = reach((at) => {
      re.lastIndex = at;
      return re.exec(md) ? re.lastIndex - at : undefined;
    });
    segments.push({ kind: 'text', path, start, end, escaped: end - start !== node.text.length, marks, block: block.join('.') });
    pos = end;
  };

  /** A string of the node's data written verbatim at the next place (`key` its path in the node). */
  const data = (path: Path, key: string[], value: unknown, before: string, extra: Partial<Segment> = {}) => {
    if (typeof value !== 'string') throw new Misaligned();
    const [, afterOpen] = literal(before);
    if (!md.startsWith(value, afterOpen)) throw new Misaligned();
    segments.push({ kind: 'data', path, start: afterOpen, end: afterOpen + value.length, key, ...extra } as Segment);
    pos = afterOpen + value.length;
  };

  /** ` "title"` after an address, or nothing. */
  const title = (path: Path, key: string[], value: unknown) => {
    if (typeof value === 'string' && value !== '') {
      const m = /[ \t\n]+(["'(])/y;
      m.lastIndex = pos;
      if (!m.exec(md)) throw new Misaligned();
      pos = m.lastIndex;
      if (!md.startsWith(value, pos)) throw new Misaligned();
      segments.push({ kind: 'data', path, start: pos, end: pos + value.length, key });
      pos += value.length + 1;
    }
    const [, close] = literal(')');
    pos = close;
  };

  /** `block`: the nearest block element (emphasis never crosses one; links are inline). */
  const walk = (nodes: readonly SlateNode[], parent: Path, block: Path) => {
    nodes.forEach((node, i) => {
      const path = [...parent, i];
      if (isText(node)) return text(node, path, block);
      const kids = node.children ?? [];
      const type = node.type ?? '';
      const d = (node.data ?? {}) as Record<string, unknown>;
      if (type === 'link') {
        const openAt = pos;
        walk(kids, path, block);
        if (md[pos] === '>' && kids.length === 1 && isText(kids[0]) && kids[0].text === d.url && md.lastIndexOf('<', pos) >= openAt) {
          // An autolink <https://…>: the address is the text.
          const leaf = segments[segments.length - 1]!;
          segments.push({ kind: 'data', path, start: leaf.start, end: leaf.end, key: ['url'], autolinkText: leaf.path });
          pos += 1;
          return;
        }
        data(path, ['url'], d.url, '](');
        return title(path, ['title'], d.title);
      }
      if (type === 'image') {
        data(path, ['alt'], d.alt ?? '', '![');
        data(path, ['url'], d.url, '](');
        return title(path, ['title'], d.title);
      }
      if (type === 'shortcode') {
        const sc = (d.shortcodeData ?? {}) as Record<string, unknown>;
        const start = pos;
        if (d.shortcode === 'image') {
          data(path, ['shortcodeData', 'alt'], sc.alt ?? '', '![');
          data(path, ['shortcodeData', 'image'], sc.image, '](');
          title(path, ['shortcodeData', 'title'], sc.title);
        } else if (d.shortcode === 'code-block' && typeof sc.code === 'string') {
          const fence = /[ \t]*(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n/y; // the run never gives back characters (quadratic otherwise)
          const [at] = reach((a) => {
            fence.lastIndex = a;
            return fence.exec(md) ? fence.lastIndex - a : undefined;
          });
          fence.lastIndex = at;
          const open = fence.exec(md)!;
          pos = fence.lastIndex;
          if (!md.startsWith(sc.code, pos)) throw new Misaligned();
          pos += sc.code.length;
          const close = new RegExp(`\\n?[ \\t]*${reEscape(open[1]!)}[\`~]*`, 'y');
          close.lastIndex = pos;
          if (!close.exec(md)) throw new Misaligned();
          pos = close.lastIndex;
        } else {
          throw new Misaligned(); // a shortcode of a plugin we don't know the markdown of
        }
        segments.push({ kind: 'block', path, start, end: pos, type });
        return;
      }
      const start = pos;
      walk(kids, path, type === 'break' || type === 'inline-shortcode' ? block : path);
      if (parent.length === 0) {
        // The closing delimiters of emphasis that ends the block belong to it.
        const closing = /[*_`~]+/y;
        closing.lastIndex = pos;
        if (closing.exec(md)) pos = closing.lastIndex;
        checkBlock(node, path, start);
      }
      if (parent.length === 0 || type in HEADING_DEPTH) segments.push({ kind: 'block', path, start, end: pos, type });
    });
  };

  /** A top-level block: heading level and emphasis delimiters as the tree says. */
  const checkBlock = (node: SlateNode, path: Path, start: number) => {
    const own = segments.filter((s) => s.start >= start && isUnder(s.path, path));
    const firstText = own.find((s) => s.kind === 'text' && s.end > s.start);
    const lead = md.slice(start, firstText ? firstText.start : pos);
    const depth = HEADING_DEPTH[node.type ?? ''];
    const atx = /(?:^|\n)[ \t]*(#{1,6})[ \t]+$/.exec(lead);
    if (depth !== undefined ? !atx || atx[1]!.length !== depth : /(?:^|\n)[ \t]*#{1,6}[ \t]/.test(lead)) throw new Misaligned();
    // Emphasis: the delimiters in the gaps of this block match the marks turning on and off.
    let gaps = '';
    let at = start;
    for (const s of own) {
      if (s.kind === 'block') continue;
      if (s.start >= at) gaps += `${md.slice(at, s.start)}\u0000`;
      at = Math.max(at, s.end);
    }
    gaps += md.slice(at, pos);
    gaps = gaps.replace(/(^|\n)[ \t>]*[*+-][ \t]/g, '$1').replace(/(^|\n)[ \t]*([-*_])([ \t]*\2){2,}[ \t]*(?=\n|$)/g, '$1');
    const texts = own.filter((s): s is TextSeg => s.kind === 'text');
    // Per paragraph (list item, heading…): emphasis opens and closes within one.
    const flips = (mark: string) => {
      let n = 0;
      const groups = new Map<string, TextSeg[]>();
      for (const t of texts) groups.set(t.block, [...(groups.get(t.block) ?? []), t]);
      for (const group of groups.values()) {
        let on = false;
        for (const t of group) {
          if (t.end === t.start && group.length > 1) continue;
          const has = t.marks.includes(mark);
          if (has !== on) n++;
          on = has;
        }
        if (on) n++;
      }
      return n;
    };
    const stars = (gaps.match(/[*_]/g) ?? []).length;
    if (stars !== 2 * flips('bold') + flips('italic')) throw new Misaligned();
    if ((flips('code') > 0) !== gaps.includes('`')) throw new Misaligned();
    if ((flips('delete') > 0) !== gaps.includes('~')) throw new Misaligned();
  };

  try {
    walk(children, [], []);
    if (!isSyntax(md.slice(pos))) throw new Misaligned();
    return { segments, complete: true };
  } catch (e) {
    if (!(e instanceof Misaligned)) throw e;
    return { segments, complete: false };
  }
}

const isUnder = (p: Path, parent: Path) => p.length >= parent.length && parent.every((v, i) => p[i] === v);
const samePath = (a: Path, b: Path) => a.length === b.length && a.every((v, i) => b[i] === v);

/** Offset inside a leaf's text for an offset of its markdown (escapes and indents skipped). */
function leafOffset(md: string, seg: { start: number; end: number; escaped: boolean }, at: number): number {
  const slice = md.slice(seg.start, Math.max(seg.start, Math.min(at, seg.end)));
  return seg.escaped ? slice.replace(/\\(?=[!-/:-@[-`{-~])/g, '').replace(/\n[ \t>]*/g, '\n').length : slice.length;
}

/** Markdown offset of a point inside a leaf (the inverse of leafOffset). */
function mdOffset(md: string, seg: { start: number; end: number; escaped: boolean }, offset: number): number {
  if (!seg.escaped) return seg.start + offset;
  for (let at = seg.start; at <= seg.end; at++) if (leafOffset(md, seg, at) >= offset) return at;
  return seg.end;
}

type TextSeg = Extract<Segment, { kind: 'text' }>;
const textSegs = (a: Alignment) => a.segments.filter((s): s is TextSeg => s.kind === 'text');

/**
 * The Slate point nearest to a markdown offset: inside a text leaf where there is one; in a
 * link's address, the link's text; in syntax, the next text (`forward`) or the previous one.
 */
export function offsetToPoint(a: Alignment, md: string, offset: number, direction: 'forward' | 'backward'): Point | undefined {
  const texts = textSegs(a);
  const inside = texts.filter((s) => s.start <= offset && offset <= s.end);
  if (inside.length) {
    const s = direction === 'forward' ? inside[inside.length - 1]! : inside[0]!;
    // Prefer a leaf the offset is strictly inside of, then the one the direction points to.
    const strict = inside.find((t) => t.start < offset && offset < t.end) ?? s;
    return { path: strict.path, offset: leafOffset(md, strict, offset) };
  }
  const data = a.segments.find((s) => s.kind === 'data' && s.start <= offset && offset <= s.end);
  if (data) {
    const own = texts.filter((t) => isUnder(t.path, data.path));
    const t = direction === 'forward' ? own[0] : own[own.length - 1];
    if (t) return { path: t.path, offset: direction === 'forward' ? 0 : leafOffset(md, t, t.end) };
  }
  if (direction === 'forward') {
    const next = texts.find((s) => s.start >= offset && s.end > s.start) ?? texts.find((s) => s.start >= offset);
    if (next) return { path: next.path, offset: 0 };
  }
  const prev = [...texts].reverse().find((s) => s.end <= offset);
  return prev ? { path: prev.path, offset: leafOffset(md, prev, prev.end) } : texts[0] && { path: texts[0].path, offset: 0 };
}

/** The markdown offset of a Slate point in a text leaf, or undefined when that leaf wasn't aligned. */
export function pointToOffset(a: Alignment, md: string, point: Point): number | undefined {
  const seg = textSegs(a).find((s) => samePath(s.path, point.path));
  return seg ? mdOffset(md, seg, point.offset) : undefined;
}

// ---- rich-text mode: fixes as operations ---------------------------------------------------

/** What a fix may write into an address, a title or an alt text without changing the markdown around it. */
const SAFE_IN: Record<string, RegExp> = { url: /^[^\s()<>]*$/, image: /^[^\s()<>]*$/, title: /^[^"\n]*$/, alt: /^[^[\]\n]*$/ };

/** Text a fix may put into a leaf: nothing that markdown would read as syntax. */
const PLAIN_INSERT = /^[^*_`[\]<>\\#!~|\n]*$/;

function nodeAt(children: readonly SlateNode[], path: Path): SlateNode | undefined {
  let nodes: readonly SlateNode[] | undefined = children;
  let node: SlateNode | undefined;
  for (const i of path) {
    node = nodes?.[i];
    nodes = node?.children;
  }
  return node;
}

function getIn(obj: unknown, key: readonly string[]): unknown {
  return key.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
function setIn(obj: Record<string, unknown>, key: readonly string[], value: unknown): Record<string, unknown> {
  const [k, ...rest] = key;
  if (k === undefined) return obj;
  const inner = (obj[k] && typeof obj[k] === 'object' ? obj[k] : {}) as Record<string, unknown>;
  return { ...obj, [k]: rest.length ? setIn(inner, rest, value) : value };
}

/**
 * Operations that make the rich-text value say `applyEdits(md, edits)` (edits sorted and apart),
 * or undefined when an edit is not one of the kinds this maps (the caller falls back).
 */
export function richOps(children: readonly SlateNode[], md: string, edits: readonly TextEdit[]): SlateOp[] | undefined {
  const a = align(children, md);
  if (!a.complete) return undefined;
  const texts = textSegs(a);
  const textOps: SlateOp[] = [];
  /** New values of node data, per node: several edits in one address become one set_node. */
  const dataEdits = new Map<string, { path: Path; key: string[]; seg: Segment; edits: TextEdit[] }>();
  const nodeOps: SlateOp[] = [];

  for (const e of edits) {
    const inData = a.segments.find((s) => s.kind === 'data' && s.start <= e.start && e.end <= s.end);
    // 1. Inside one text leaf (an insertion at a boundary goes to the leaf it ends); an
    //    autolink's text is its address, handled with the address below.
    const leaf = inData?.kind === 'data' && inData.autolinkText ? undefined : texts.find((s) => s.start <= e.start && e.end <= s.end && (s.end > s.start || e.start === s.start) && !s.escaped);
    if (leaf && PLAIN_INSERT.test(e.text)) {
      const offset = e.start - leaf.start;
      const removed = md.slice(e.start, e.end);
      if (removed) textOps.push({ type: 'remove_text', path: leaf.path, offset, text: removed });
      if (e.text) textOps.push({ type: 'insert_text', path: leaf.path, offset, text: e.text });
      continue;
    }
    // 2. Inside an address, title or alt text kept in a node's data.
    const data = inData;
    if (data && data.kind === 'data' && SAFE_IN[data.key[data.key.length - 1]!]?.test(e.text)) {
      const id = `${data.path.join('.')}:${data.key.join('.')}`;
      const entry = dataEdits.get(id) ?? { path: data.path, key: data.key, seg: data, edits: [] };
      entry.edits.push(e);
      dataEdits.set(id, entry);
      continue;
    }
    // 3. A heading's level, or emphasis turned into a heading.
    const op = blockEdit(children, md, a, e);
    if (!op) return undefined;
    nodeOps.push(...op);
  }

  const dataOps: SlateOp[] = [];
  /** One set_node per node, all its changed strings in it. */
  const newData = new Map<string, { path: Path; before: Record<string, unknown>; after: Record<string, unknown> }>();
  for (const { path, key, seg, edits: local } of dataEdits.values()) {
    const node = nodeAt(children, path);
    if (!node) return undefined;
    let value = md.slice(seg.start, seg.end);
    for (const e of [...local].reverse()) value = value.slice(0, e.start - seg.start) + e.text + value.slice(e.end - seg.start);
    const id = path.join('.');
    const before = (node.data ?? {}) as Record<string, unknown>;
    const entry = newData.get(id) ?? { path, before, after: before };
    entry.after = setIn(entry.after, key, value);
    newData.set(id, entry);
    if (seg.kind === 'data' && seg.autolinkText) {
      // <https://…>: the link's text is its address.
      const leaf = nodeAt(children, seg.autolinkText);
      if (!isText(leaf)) return undefined;
      dataOps.push({ type: 'remove_text', path: seg.autolinkText, offset: 0, text: leaf.text });
      dataOps.push({ type: 'insert_text', path: seg.autolinkText, offset: 0, text: value });
    }
  }
  for (const { path, before, after } of newData.values()) {
    if (after !== before) dataOps.push({ type: 'set_node', path, properties: { data: before }, newProperties: { data: after } });
  }
  // Text operations last edit first, so each offset is still the one computed above.
  return [...nodeOps, ...dataOps, ...textOps.reverse()];
}

/** A heading's level changed (`##` → `###`), or a paragraph of emphasis made a heading. */
function blockEdit(children: readonly SlateNode[], md: string, a: Alignment, e: TextEdit): SlateOp[] | undefined {
  const blocks = a.segments.filter((s): s is Extract<Segment, { kind: 'block' }> => s.kind === 'block' && s.path.length === 1);
  const block = blocks.find((b) => b.start <= e.start && e.end <= b.end);
  if (!block) return undefined;
  const node = children[block.path[0]!]!;
  const texts = textSegs(a).filter((s) => isUnder(s.path, block.path) && s.end > s.start);
  const first = texts[0];
  if (!first) return undefined;
  const depth = HEADING_DEPTH[block.type];
  // The heading marker: the edit stays within the `#`s and spaces before the first text.
  if (depth !== undefined && e.end <= first.start) {
    const lead = md.slice(block.start, first.start);
    const next = lead.slice(0, e.start - block.start) + e.text + lead.slice(e.end - block.start);
    const m = /^(\s*)(#{1,6})[ \t]+$/.exec(next);
    if (!m || !/^(\s*)(#{1,6})[ \t]+$/.test(lead)) return undefined;
    return [{ type: 'set_node', path: block.path, properties: { type: block.type }, newProperties: { type: HEADING_TYPE[m[2]!.length] } }];
  }
  // Emphasis made a heading: `**Label**` → `## Label`, the paragraph's whole text in one mark.
  if (block.type === 'paragraph') {
    const m = /^(#{1,6}) ([^\n]*)$/.exec(e.text);
    const inside = texts.filter((t) => t.start >= e.start && t.end <= e.end);
    if (!m || !inside.length || inside.length !== texts.length) return undefined;
    const inner = md.slice(inside[0]!.start, inside[inside.length - 1]!.end);
    if (m[2] !== inner || inside.some((t) => t.escaped)) return undefined;
    const shared = MARKS.filter((mark) => inside.every((t) => t.marks.includes(mark)) && mark !== 'code');
    if (!shared.length) return undefined;
    const ops: SlateOp[] = [{ type: 'set_node', path: block.path, properties: { type: node.type }, newProperties: { type: HEADING_TYPE[m[1]!.length] } }];
    for (const t of inside) {
      const leaf = nodeAt(children, t.path)!;
      const properties: Record<string, unknown> = {};
      const newProperties: Record<string, unknown> = {};
      for (const mark of shared) {
        properties[mark] = leaf[mark];
        newProperties[mark] = null;
      }
      if (Array.isArray(leaf.marks)) {
        properties.marks = leaf.marks;
        const left = (leaf.marks as { type?: string }[]).filter((x) => !shared.includes(x.type as (typeof MARKS)[number]));
        newProperties.marks = left.length ? left : null;
      }
      ops.push({ type: 'set_node', path: t.path, properties, newProperties });
    }
    return ops;
  }
  return undefined;
}
