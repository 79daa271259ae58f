import { closestFiber, type DecapStore, type Imm } from './store';

/** Decap's own action for a field edit (what its widgets dispatch on every keystroke). */
export function changeField(store: DecapStore, field: Imm, value: unknown): void {
  store.dispatch({ type: 'DRAFT_CHANGE_FIELD', payload: { field, value, entries: [], i18n: undefined } });
}

interface ModeControl {
  state: { mode?: unknown };
  setState(s: { mode: string }): void;
}

/**
 * The markdown widget (rich text and markdown mode alike: both are Slate) reads its value only
 * when it mounts, and its next keystroke writes its own copy back. Body fixes go through the
 * widget's own editor (decap-body.ts); only an edit that can't be mapped there is written to the
 * store and the widget remounted by switching its mode away and back, so that it shows the new
 * body and further typing continues from it. That costs the widget's undo history; decap-body.ts
 * puts the caret and scroll back.
 */
export async function remountMarkdownWidget(doc: Document, fieldName: string): Promise<boolean> {
  const control = findModeControl(doc, fieldName);
  if (!control) return false;
  const mode = control.state.mode;
  if (mode !== 'rich_text' && mode !== 'raw') return false;
  const other = mode === 'raw' ? 'rich_text' : 'raw';
  for (const next of [other, mode]) {
    const before = doc.querySelector('[data-slate-editor="true"]');
    control.setState({ mode: next });
    if (!(await committed(doc, before))) return false;
  }
  return true;
}

function findModeControl(doc: Document, fieldName: string): ModeControl | undefined {
  for (const el of doc.querySelectorAll('[data-slate-editor="true"]')) {
    const fiber = closestFiber(el, (f) => {
      const node = f.stateNode as Partial<ModeControl> | null;
      const field = f.memoizedProps?.field as Imm | undefined;
      return !!node && typeof node.setState === 'function' && typeof node.state === 'object' && node.state !== null && 'mode' in node.state && field?.get?.('name') === fieldName;
    });
    if (fiber) return fiber.stateNode as ModeControl;
  }
  return undefined;
}

/** Resolves once React has replaced the Slate editor element (a commit happened), or false after 3 s. */
async function committed(doc: Document, before: Element | null): Promise<boolean> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    // A frame lets React commit; the timer keeps this going in a hidden tab, where frames stop.
    await new Promise<void>((r) => {
      const t = setTimeout(r, 50);
      requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
    });
    const now = doc.querySelector('[data-slate-editor="true"]');
    if (now && now !== before && now.isConnected) return true;
  }
  return false;
}

/**
 * Decap's boolean widget keeps its own state: a store write is saved but the switch keeps
 * showing the old value. Clicking the switch goes through the widget itself.
 */
export function clickBooleanSwitch(doc: Document, fieldName: string, value: boolean): boolean {
  const el = doc.querySelector<HTMLButtonElement>(`button[role="switch"][id^="${CSS.escape(fieldName)}-field-"]`);
  if (!el) return false;
  if ((el.getAttribute('aria-checked') === 'true') !== value) el.click();
  return true;
}

interface ListControl {
  state: { value?: unknown; keys?: unknown[]; itemsCollapsed?: unknown[] };
  props: { field?: Imm };
  valueToString(v: unknown): string;
  setState(s: Record<string, unknown>): void;
}

/**
 * Decap's list widget copies its value into its own state at mount (the comma-separated text
 * of a plain list; one React key per item of a list of objects), so after a store write it
 * keeps showing, and on the next keystroke writing back, the old list. Bring that state in
 * line with the new value, keeping the existing item keys.
 */
export function syncListWidget(doc: Document, fieldName: string, list: unknown[]): boolean {
  for (const el of doc.querySelectorAll(`[id^="${CSS.escape(fieldName)}-field-"]`)) {
    const fiber = closestFiber(el, (f) => {
      const node = f.stateNode as Partial<ListControl> | null;
      return !!node && typeof node.valueToString === 'function' && typeof node.setState === 'function' && node.props?.field?.get?.('name') === fieldName;
    });
    if (!fiber) continue;
    const control = fiber.stateNode as ListControl;
    const resize = (old: unknown[] | undefined, make: (i: number) => unknown) => list.map((_, i) => (old && i < old.length ? old[i] : make(i)));
    control.setState({
      value: control.valueToString(list),
      keys: resize(control.state.keys, () => `post-preflight-${Math.random().toString(36).slice(2)}`),
      itemsCollapsed: resize(control.state.itemsCollapsed, () => false),
    });
    return true;
  }
  return false;
}
