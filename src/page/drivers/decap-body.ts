import type { TextEdit } from '../../core/types';
import { mapOffset } from './text-driver';
import { closestFiber, type DecapStore, type Imm } from './decap-store';
import { changeField, remountMarkdownWidget } from './decap-write';
import {
  BATCH_MARK, align, offsetToPoint, pointToOffset, rawLines, rawOffsetToPoint, rawOps, rawPointToOffset, richOps,
  type Point, type SlateNode, type SlateOp, type SlateRange,
} from './decap-slate';

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

/** Selects `range` in the editor; focused, Slate puts the DOM selection there too. */
function select(editor: LiveEditor, range: SlateRange | null): void {
  editor.apply({ type: 'set_selection', properties: editor.selection, newProperties: range });
}

/** Focuses the editable (where the user was) and gives the editor back its selection. */
async function giveBackPlace(widget: BodyWidget, selection: SlateRange | null, focus: boolean, scrolls: Scrolls): Promise<void> {
  const win = widget.editable.ownerDocument.defaultView!;
  if (focus) widget.editable.focus({ preventScroll: true });
  // Applied even when equal: the editor re-renders and, focused, moves the DOM selection to it
  // (the DOM may have kept a stale one inside a text the fix rewrote).
  if (selection || focus) select(widget.editor, selection);
  scrolls.restore();
  await frame(win);
  if (!sameRange(widget.editor.selection, selection) && selection) select(widget.editor, selection);
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
  const run = () => {
    for (const op of [BATCH_MARK(), ...ops, BATCH_MARK()]) editor.apply(op);
  };
  if (typeof editor.withoutNormalizing === 'function') editor.withoutNormalizing(run);
  else run();
  const done = mode === 'raw' ? rawLines(editor.children)?.join('\n') === newBody : align(editor.children, newBody).complete;
  if (!done) {
    // Not what the fix says (the editor normalized it another way): take it back, fall back.
    if (typeof editor.undo === 'function') editor.undo();
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
  await giveBackPlace(widget, selection, focus, scrolls);
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
  const caret = widget?.editor.selection ? toOffsets(widget, oldBody, widget.editor.selection) : undefined;
  changeField(store, field, newBody);
  const name = String(field.get('name'));
  if (!(await remountMarkdownWidget(doc, name))) return false;
  const fresh = findBodyWidget(doc, name);
  if (!fresh || !scrolls) return true;
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  const range = caret ? toRange(fresh, newBody, mapOffset(caret[0], sorted), mapOffset(caret[1], sorted)) : undefined;
  await giveBackPlace(fresh, range ?? null, focus, scrolls);
  return true;
}

// ---- jump to a finding ---------------------------------------------------------------------

/** Selects body offsets `[start, end)` in the widget, focuses it and scrolls the selection into view. */
export async function revealInBody(widget: BodyWidget, body: string, start: number, end: number): Promise<boolean> {
  const range = toRange(widget, body, start, end);
  if (!range) return false;
  const doc = widget.editable.ownerDocument;
  widget.editable.focus({ preventScroll: true });
  select(widget.editor, range);
  await frame(doc.defaultView!);
  if (!sameRange(widget.editor.selection, range)) select(widget.editor, range);
  await frame(doc.defaultView!);
  const dom = doc.getSelection();
  const node = dom && dom.rangeCount ? dom.getRangeAt(0).startContainer : null;
  const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
  (el && widget.editable.contains(el) ? el : widget.editable).scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}
