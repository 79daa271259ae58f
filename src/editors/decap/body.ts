import type { TextEdit } from '../../core/types';
import { mapOffset } from '../../page/text-driver';
import { closestFiber, type DecapStore, type Imm } from './store';
import { changeField, remountMarkdownWidget } from './write';
import {
  BATCH_MARK, align, offsetToPoint, pointToOffset, rawLines, rawOffsetToPoint, rawOps, rawPointToOffset, richOps,
  type Point, type SlateNode, type SlateOp, type SlateRange,
} from './slate';

/*
 * The body as Decap's markdown widget holds it: the widget's own Slate editor (both modes), found
 * from its `[data-slate-editor]` element through React's fiber tree. Fixes become operations on
 * that editor (decap-slate.ts), so the widget never remounts: the caret, the selection, the
 * scroll position and the widget's own undo (Ctrl+Z, one step for the fix) all stay. The remount
 * stays as the fallback for an edit that can't be mapped; then the caret and scroll are put back.
 */

/** The part of a live Slate editor used here (page data: checked before use). */
interface LiveEditor {
  children: SlateNode[];
  selection: SlateRange | null;
  apply(op: SlateOp): void;
  withoutNormalizing?(fn: () => void): void;
  undo?(): void;
}

export interface BodyWidget {
  editable: HTMLElement;
  editor: LiveEditor;
  mode: 'raw' | 'rich_text';
}

function isLiveEditor(v: unknown): v is LiveEditor {
  const e = v as LiveEditor | null;
  return !!e && typeof e.apply === 'function' && Array.isArray(e.children);
}

/** The markdown widget of `fieldName` (the body): its editable element, Slate editor and mode. */
export function findBodyWidget(doc: Document, fieldName: string): BodyWidget | undefined {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-slate-editor="true"]')) {
    const withEditor = closestFiber(el, (f) => isLiveEditor(f.memoizedProps?.editor));
    const control = closestFiber(el, (f) => {
      const node = f.stateNode as { state?: { mode?: unknown } } | null;
      const field = f.memoizedProps?.field as Imm | undefined;
      return !!node && typeof node.state === 'object' && node.state !== null && 'mode' in node.state && field?.get?.('name') === fieldName;
    });
    const mode = (control?.stateNode as { state: { mode?: unknown } } | undefined)?.state.mode;
    if (withEditor && (mode === 'raw' || mode === 'rich_text')) return { editable: el, editor: withEditor.memoizedProps!.editor as LiveEditor, mode };
  }
  return undefined;
}

// ---- where the user was -------------------------------------------------------------------

const DOCK_TAG = 'POST-PREFLIGHT-DOCK';
const lastFocused = new WeakMap<Document, Element>();

/** Remembers the page's last focused element (not our dock), until `signal` aborts. */
export function trackFocus(doc: Document, signal: AbortSignal): void {
  doc.addEventListener('focusin', (e) => {
    const target = e.target as Element | null;
    if (target && target.tagName !== DOCK_TAG) lastFocused.set(doc, target);
  }, { capture: true, signal });
}

/** True when the user was writing in `editable` before they went to the panel (or still is). */
function wasWritingIn(doc: Document, editable: HTMLElement): boolean {
  const active = doc.activeElement;
  if (active && editable.contains(active)) return true;
  const away = !active || active === doc.body || active.tagName === DOCK_TAG;
  const last = lastFocused.get(doc);
  return away && !!last && editable.contains(last);
}

/**
 * Whether the user typed, clicked or started composing since this was created: from then on
 * their place is theirs, and nothing here sets the selection again.
 */
function watchUser(doc: Document): { readonly acted: boolean; stop(): void } {
  const stop = new AbortController();
  let acted = false;
  for (const type of ['keydown', 'beforeinput', 'pointerdown', 'compositionstart']) {
    doc.addEventListener(type, () => {
      acted = true;
      stop.abort();
    }, { capture: true, signal: stop.signal });
  }
  doc.defaultView?.setTimeout(() => stop.abort(), 60_000);
  return {
    get acted() {
      return acted;
    },
    stop: () => stop.abort(),
  };
}

interface Scrolls {
  restore(): void;
}

/** The scroll positions of the window and of every scrolled ancestor of `el`. */
function saveScrolls(el: Element): Scrolls {
  const doc = el.ownerDocument;
  const saved: [Element, number, number][] = [];
  for (let a: Element | null = el; a; a = a.parentElement) if (a.scrollTop || a.scrollLeft || a.scrollHeight > a.clientHeight) saved.push([a, a.scrollTop, a.scrollLeft]);
  const win = doc.defaultView!;
  const x = win.scrollX;
  const y = win.scrollY;
  return {
    restore() {
      for (const [a, top, left] of saved) {
        if (!a.isConnected) continue;
        a.scrollTop = top;
        a.scrollLeft = left;
      }
      win.scrollTo(x, y);
    },
  };
}

/** A frame (the timer keeps this going in a background tab, where frames stop). */
const frame = (win: Window) =>
  new Promise<void>((r) => {
    const t = setTimeout(r, 50);
    win.requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });

const sameRange = (a: SlateRange | null, b: SlateRange | null) => JSON.stringify(a) === JSON.stringify(b);

/** Selects `range` in the editor. */
function select(editor: LiveEditor, range: SlateRange | null): void {
  editor.apply({ type: 'set_selection', properties: editor.selection, newProperties: range });
}

/** The DOM elements slate-react renders for a node's children (`data-slate-node` ones, not deeper). */
function slateChildren(el: Element): Element[] {
  return [...el.querySelectorAll('[data-slate-node]')].filter((n) => n.parentElement?.closest('[data-slate-node]') === el);
}

/** Where a Slate point is drawn: the text node and offset, found by slate-react's data attributes. */
function domPoint(editable: HTMLElement, point: Point): [Node, number] | undefined {
  let el: Element | undefined = editable;
  for (const i of point.path) el = el && slateChildren(el)[i];
  if (!el) return undefined;
  let start = 0;
  for (const span of el.querySelectorAll('[data-slate-string], [data-slate-zero-width]')) {
    const attr = span.getAttribute('data-slate-length');
    const length = attr === null ? (span.textContent ?? '').length : parseInt(attr, 10) || 0;
    if (point.offset <= start + length) return [span.firstChild ?? span, Math.min(length, Math.max(0, point.offset - start))];
    start += length;
  }
  return undefined;
}

/**
 * Puts the DOM selection on `range` as well: slate-react only does so for an editor it knows is
 * focused, which it may not yet know (a focus made while the tab is in the background, or while
 * the DOM still holds a stale selection in a text the fix rewrote). Slate reads it back on
 * selectionchange, so both agree.
 */
function selectInDom(widget: BodyWidget, range: SlateRange): void {
  const a = domPoint(widget.editable, range.anchor);
  const f = domPoint(widget.editable, range.focus);
  const sel = widget.editable.ownerDocument.getSelection();
  if (a && f && sel) sel.setBaseAndExtent(a[0], a[1], f[0], f[1]);
}

/**
 * A page in a background tab (the panel opened in its own tab) gets its focus event only when
 * the tab comes back, and the browser then puts the caret at the editor's start. Once that focus
 * arrives, the place is set again, unless the user clicked somewhere meanwhile.
 */
function keepAcrossDeferredFocus(widget: BodyWidget, range: SlateRange): void {
  const doc = widget.editable.ownerDocument;
  if (doc.hasFocus()) return;
  const win = doc.defaultView!;
  const wait = new AbortController();
  const user = watchUser(doc);
  wait.signal.addEventListener('abort', () => win.setTimeout(() => user.stop(), 1000), { once: true });
  const again = () => {
    if (user.acted || sameRange(widget.editor.selection, range)) return;
    select(widget.editor, range);
    selectInDom(widget, range);
  };
  widget.editable.addEventListener('focus', () => {
    wait.abort();
    // After the browser's own caret placement, and after Slate's throttled read of it.
    win.setTimeout(again, 0);
    win.setTimeout(again, 200);
  }, { once: true, signal: wait.signal });
  doc.addEventListener('pointerdown', () => wait.abort(), { once: true, signal: wait.signal });
  doc.addEventListener('keydown', () => wait.abort(), { once: true, signal: wait.signal });
  win.setTimeout(() => wait.abort(), 60_000);
}

/**
 * Focuses the editable (where the user was) and gives the editor back its selection, unless the
 * user acted meanwhile (the panel hears of a fix before this is done, and they may already be
 * typing: their caret wins).
 */
async function giveBackPlace(widget: BodyWidget, selection: SlateRange | null, focus: boolean, scrolls: Scrolls, user: { readonly acted: boolean }): Promise<void> {
  const win = widget.editable.ownerDocument.defaultView!;
  if (user.acted) return;
  if (focus) widget.editable.focus({ preventScroll: true });
  if (selection) select(widget.editor, selection);
  await frame(win);
  if (user.acted) return;
  if (selection && !sameRange(widget.editor.selection, selection)) select(widget.editor, selection);
  if (selection && focus) selectInDom(widget, selection);
  scrolls.restore();
  await frame(win);
  if (user.acted) return;
  // A selectionchange from before may have come in meanwhile: the place is the one we kept.
  if (selection && !sameRange(widget.editor.selection, selection)) {
    select(widget.editor, selection);
    if (focus) selectInDom(widget, selection);
  }
  if (selection && focus) keepAcrossDeferredFocus(widget, selection);
  scrolls.restore();
}

// ---- fixes ---------------------------------------------------------------------------------

export type BodyWrite = 'targeted' | 'remounted' | 'store-only';

/**
 * Writes `newBody` (= `oldBody` with `edits`) into the markdown widget and the store: targeted
 * operations when every edit maps, else the store write and a remount with the caret mapped.
 */
export async function writeBody(doc: Document, store: DecapStore, field: Imm, oldBody: string, newBody: string, edits: readonly TextEdit[]): Promise<BodyWrite> {
  const name = String(field.get('name'));
  const widget = findBodyWidget(doc, name);
  if (widget && (await targeted(doc, store, field, widget, oldBody, newBody, edits))) return 'targeted';
  return (await remount(doc, store, field, widget, oldBody, newBody, edits)) ? 'remounted' : 'store-only';
}

async function targeted(doc: Document, store: DecapStore, field: Imm, widget: BodyWidget, oldBody: string, newBody: string, edits: readonly TextEdit[]): Promise<boolean> {
  const { editor, mode } = widget;
  const children = editor.children;
  const ops = mode === 'raw' ? (rawLines(children)?.join('\n') === oldBody ? rawOps(children, edits) : undefined) : richOps(children, oldBody, edits);
  if (!ops) return false;
  const focus = wasWritingIn(doc, widget.editable);
  const scrolls = saveScrolls(widget.editable);
  const user = watchUser(doc);
  const run = () => {
    for (const op of [BATCH_MARK(), ...ops, BATCH_MARK()]) editor.apply(op);
  };
  if (typeof editor.withoutNormalizing === 'function') editor.withoutNormalizing(run);
  else run();
  const done = mode === 'raw' ? rawLines(editor.children)?.join('\n') === newBody : align(editor.children, newBody).complete;
  if (!done) {
    // Not what the fix says (the editor normalized it another way): take it back, fall back.
    if (typeof editor.undo === 'function') editor.undo();
    user.stop();
    return false;
  }
  const selection = editor.selection;
  // The widget writes its own serialization to the store once Slate flushes (a microtask).
  const win = doc.defaultView!;
  const read = () => (store.getState() as { entryDraft?: Imm }).entryDraft?.getIn(['entry', 'data', String(field.get('name'))]);
  for (let i = 0; i < 20 && read() === oldBody; i++) await frame(win);
  // Decap's serializer may write untouched parts its own way (it would on the next keystroke
  // anyway); until then the store holds exactly the fixed text.
  if (read() !== newBody) changeField(store, field, newBody);
  await giveBackPlace(widget, selection, focus, scrolls, user);
  user.stop();
  return true;
}

/** The body's Slate points as markdown offsets, and back, in either mode. */
function toOffsets(widget: BodyWidget, body: string, range: SlateRange): [number, number] | undefined {
  const convert = (p: Point) => {
    if (widget.mode === 'raw') {
      const lines = rawLines(widget.editor.children);
      return lines ? rawPointToOffset(lines, p) : undefined;
    }
    return pointToOffset(align(widget.editor.children, body), body, p);
  };
  const a = convert(range.anchor);
  const f = convert(range.focus);
  return a === undefined || f === undefined ? undefined : [a, f];
}

export function toRange(widget: BodyWidget, body: string, start: number, end: number): SlateRange | undefined {
  if (widget.mode === 'raw') {
    const lines = rawLines(widget.editor.children);
    if (!lines) return undefined;
    return { anchor: rawOffsetToPoint(lines, start), focus: rawOffsetToPoint(lines, end) };
  }
  const a = align(widget.editor.children, body);
  const anchor = offsetToPoint(a, body, start, 'forward');
  const focus = end > start ? offsetToPoint(a, body, end, 'backward') : anchor;
  return anchor && focus ? { anchor, focus } : undefined;
}

async function remount(doc: Document, store: DecapStore, field: Imm, widget: BodyWidget | undefined, oldBody: string, newBody: string, edits: readonly TextEdit[]): Promise<boolean> {
  const focus = widget ? wasWritingIn(doc, widget.editable) : false;
  const scrolls = widget ? saveScrolls(widget.editable) : undefined;
  const user = watchUser(doc);
  const caret = widget?.editor.selection ? toOffsets(widget, oldBody, widget.editor.selection) : undefined;
  changeField(store, field, newBody);
  const name = String(field.get('name'));
  try {
    if (!(await remountMarkdownWidget(doc, name))) return false;
    const fresh = findBodyWidget(doc, name);
    if (!fresh || !scrolls) return true;
    const sorted = [...edits].sort((x, y) => x.start - y.start);
    const range = caret ? toRange(fresh, newBody, mapOffset(caret[0], sorted), mapOffset(caret[1], sorted)) : undefined;
    await giveBackPlace(fresh, range ?? null, focus, scrolls, user);
    return true;
  } finally {
    user.stop();
  }
}

// ---- jump to a finding ---------------------------------------------------------------------

/** Selects body offsets `[start, end)` in the widget, focuses it and scrolls the selection into view. */
export async function revealInBody(widget: BodyWidget, body: string, start: number, end: number): Promise<boolean> {
  const range = toRange(widget, body, start, end);
  if (!range) return false;
  const doc = widget.editable.ownerDocument;
  widget.editable.focus({ preventScroll: true });
  select(widget.editor, range);
  selectInDom(widget, range);
  const user = watchUser(doc);
  await frame(doc.defaultView!);
  user.stop();
  if (!user.acted && !sameRange(widget.editor.selection, range)) {
    select(widget.editor, range);
    selectInDom(widget, range);
  }
  keepAcrossDeferredFocus(widget, range);
  await frame(doc.defaultView!);
  const dom = doc.getSelection();
  const node = dom && dom.rangeCount ? dom.getRangeAt(0).startContainer : null;
  const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
  (el && widget.editable.contains(el) ? el : widget.editable).scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}
