import type { TextEdit } from '../../core/types';
import type { PageDriver, PageDriverFactory } from '../../page/driver';
import { builtins } from '../../page/builtins';
import { EditRecorder } from '../../page/text-driver';

/*
 * CodeMirror 6, reached from its DOM: `.cm-content` carries `cmTile` (@codemirror/view ≥ 6.39;
 * walk `.parent` to the root tile, which holds the view) or `cmView` (older versions). Only the
 * page's own classes are used (taken from the view): a bundled @codemirror/state would not match.
 */

interface CM6Update {
  docChanged: boolean;
  state: CM6State;
}
interface CM6State {
  doc: { toString(): string; readonly length: number };
  readOnly: boolean;
}
interface CM6ViewClass {
  updateListener: { of(fn: (update: CM6Update) => void): unknown };
  scrollIntoView(pos: number): { constructor: { appendConfig?: { of(extension: unknown): unknown } } };
}
interface CM6View {
  readonly state: CM6State;
  readonly contentDOM: HTMLElement;
  readonly dom: HTMLElement;
  dispatch(spec: Record<string, unknown>): void;
  focus(): void;
}

function isView(value: unknown): value is CM6View {
  const v = value as CM6View | null | undefined;
  return !!v && typeof v.dispatch === 'function' && !!v.state && typeof v.state.doc?.toString === 'function' && !!v.contentDOM;
}

/** The EditorView behind one `.cm-content` element, whichever internal link this version has. */
export function viewOf(content: Element): CM6View | undefined {
  const el = content as Element & { cmTile?: { parent?: unknown; view?: unknown }; cmView?: { view?: unknown; rootView?: { view?: unknown } } };
  let tile = el.cmTile;
  for (let guard = 0; tile?.parent && guard < 64; guard++) tile = tile.parent as typeof tile;
  if (isView(tile?.view)) return tile.view;
  const old = el.cmView;
  if (isView(old?.view)) return old.view;
  if (isView(old?.rootView?.view)) return old.rootView.view;
  return undefined;
}

let nextViewId = 1;

class CodeMirror6Driver implements PageDriver {
  readonly id = 'codemirror6';
  private readonly viewId = nextViewId++;
  /** Bumped when the view's state is replaced wholesale (`view.setState`, e.g. another file opened). */
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  private listenerInstalled = false;
  /** The doc our update listener last saw; a different doc on poll means the listener was dropped. */
  private seenDoc: unknown;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private readonly recorder: EditRecorder;

  constructor(readonly view: CM6View) {
    this.recorder = new EditRecorder({
      text: () => this.read(),
      readOnly: () => this.view.state.readOnly === true,
      replace: (edits) => this.replace(edits),
    });
  }

  key(): string {
    // Checked here, not only on the poll: whoever asks for the key right after a setState must
    // already get the new one, or the new file's text would pass as a change of the old one.
    this.detectReplacedState();
    return `codemirror6:${this.viewId}:${this.generation}`;
  }

  read(): string {
    return this.view.state.doc.toString();
  }

  subscribe(onChange: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(onChange);
    this.ensureListener();
    if (!this.pollTimer) this.pollTimer = builtins.setInterval(() => this.poll(), 400);
    signal.addEventListener('abort', () => {
      this.listeners.delete(onChange);
      if (this.listeners.size === 0 && this.pollTimer) {
        builtins.clearInterval(this.pollTimer);
        this.pollTimer = undefined;
      }
    }, { once: true });
  }

  async apply(edits: readonly TextEdit[], expected: string) {
    return this.recorder.apply(edits, expected);
  }

  reveal(start: number, end: number): void {
    const length = this.view.state.doc.length;
    const clamp = (n: number) => Math.max(0, Math.min(length, n));
    this.view.dispatch({ selection: { anchor: clamp(start), head: clamp(end) }, scrollIntoView: true, userEvent: 'select' });
    this.view.focus();
  }

  private notify(): void {
    for (const fn of [...this.listeners]) fn();
  }

  /**
   * Appends an update listener to the live view through the page's own classes. It cannot be
   * removed again (no compartment of ours exists), so it stays inert once nobody listens.
   */
  private ensureListener(): void {
    if (this.listenerInstalled) return;
    const View = this.view.constructor as unknown as CM6ViewClass;
    const appendConfig = View.scrollIntoView?.(0)?.constructor?.appendConfig;
    this.seenDoc = this.view.state.doc;
    if (!appendConfig || !View.updateListener) return; // polling alone keeps us informed
    const listener = View.updateListener.of((update) => {
      this.seenDoc = update.state.doc;
      if (update.docChanged && this.listeners.size) this.notify();
    });
    this.view.dispatch({ effects: appendConfig.of(listener) });
    this.listenerInstalled = true;
  }

  /**
   * Our listener sees every transaction, so a doc it did not see means the state was replaced
   * (`view.setState`) and our extension went with it: a new document, and a listener to re-add.
   */
  private detectReplacedState(): boolean {
    if (!this.listenerInstalled || this.view.state.doc === this.seenDoc) return false;
    this.generation++;
    this.listenerInstalled = false;
    this.ensureListener();
    return true;
  }

  private poll(): void {
    if (this.view.state.doc === this.seenDoc) return;
    // Without a listener (no appendConfig in this version) polling is the only change signal.
    if (!this.detectReplacedState()) this.seenDoc = this.view.state.doc;
    this.notify();
  }

  private replace(edits: readonly TextEdit[]): void {
    // Plain-object specs only; one dispatch = one undo step; the selection is mapped through it.
    const changes = edits.map((e) => ({ from: e.start, to: e.end, insert: e.text }));
    this.view.dispatch({ changes, userEvent: 'input.paste', scrollIntoView: false });
  }
}

const drivers = new WeakMap<object, CodeMirror6Driver>();

export const codemirror6: PageDriverFactory = {
  id: 'codemirror6',
  find(doc: Document): PageDriver | undefined {
    for (const content of doc.querySelectorAll('.cm-content')) {
      if (!content.isConnected) continue;
      const view = viewOf(content);
      if (!view) continue;
      let driver = drivers.get(view);
      if (!driver) drivers.set(view, (driver = new CodeMirror6Driver(view)));
      return driver;
    }
    return undefined;
  },
};

export default codemirror6;
