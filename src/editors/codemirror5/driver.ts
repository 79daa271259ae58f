import type { TextEdit } from '../../core/types';
import type { PageDriver, PageDriverFactory } from '../../page/driver';
import { EditRecorder } from '../../page/text-driver';

/* CodeMirror 5: the instance hangs off its wrapper element as `.CodeMirror`. */

interface CM5Pos {
  line: number;
  ch: number;
}
interface CM5 {
  getValue(): string;
  getOption(name: string): unknown;
  operation(fn: () => void): void;
  replaceRange(text: string, from: CM5Pos, to: CM5Pos, origin?: string): void;
  posFromIndex(index: number): CM5Pos;
  undo(): void;
  on(event: string, fn: (...args: unknown[]) => void): void;
  off(event: string, fn: (...args: unknown[]) => void): void;
  setSelection(anchor: CM5Pos, head: CM5Pos, options?: Record<string, unknown>): void;
  scrollIntoView(range: { from: CM5Pos; to: CM5Pos }, margin?: number): void;
  focus(): void;
  getDoc(): object;
  getWrapperElement(): HTMLElement;
}

function isCM5(value: unknown): value is CM5 {
  const cm = value as CM5 | null | undefined;
  return !!cm && typeof cm.getValue === 'function' && typeof cm.replaceRange === 'function' && typeof cm.operation === 'function';
}

let nextId = 1;
const docIds = new WeakMap<object, number>();

class CodeMirror5Driver implements PageDriver {
  readonly id = 'codemirror5';
  private readonly editorId = nextId++;
  private readonly recorder: EditRecorder;

  constructor(readonly cm: CM5) {
    this.recorder = new EditRecorder({
      text: () => this.read(),
      readOnly: () => !!this.cm.getOption('readOnly'),
      replace: (edits) => this.replace(edits),
    });
  }

  /** Changes when the host swaps in another document (`cm.swapDoc`). */
  key(): string {
    const doc = this.cm.getDoc();
    let id = docIds.get(doc);
    if (id === undefined) docIds.set(doc, (id = nextId++));
    return `codemirror5:${this.editorId}:${id}`;
  }

  read(): string {
    return this.cm.getValue();
  }

  subscribe(onChange: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const handler = () => onChange();
    this.cm.on('changes', handler);
    this.cm.on('swapDoc', handler);
    signal.addEventListener('abort', () => {
      this.cm.off('changes', handler);
      this.cm.off('swapDoc', handler);
    }, { once: true });
  }

  async apply(edits: readonly TextEdit[], expected: string) {
    return this.recorder.apply(edits, expected);
  }

  reveal(start: number, end: number): void {
    const from = this.cm.posFromIndex(start);
    const to = this.cm.posFromIndex(end);
    this.cm.setSelection(from, to, { scroll: false });
    this.cm.scrollIntoView({ from, to }, 80);
    this.cm.focus();
  }

  private replace(edits: readonly TextEdit[]): void {
    // Positions are taken before any change; applying back to front keeps the earlier ones valid.
    // One operation = one history event; an origin without '+'/'*' never merges with typing.
    const located = edits.map((e) => ({ text: e.text, from: this.cm.posFromIndex(e.start), to: this.cm.posFromIndex(e.end) }));
    this.cm.operation(() => {
      for (let i = located.length - 1; i >= 0; i--) {
        const e = located[i]!;
        this.cm.replaceRange(e.text, e.from, e.to, 'post-preflight');
      }
    });
  }
}

const drivers = new WeakMap<object, CodeMirror5Driver>();

export const codemirror5: PageDriverFactory = {
  id: 'codemirror5',
  find(doc: Document): PageDriver | undefined {
    for (const el of doc.querySelectorAll('.CodeMirror')) {
      const cm = (el as Element & { CodeMirror?: unknown }).CodeMirror;
      if (!el.isConnected || !isCM5(cm)) continue;
      let driver = drivers.get(cm);
      if (!driver) drivers.set(cm, (driver = new CodeMirror5Driver(cm)));
      return driver;
    }
    return undefined;
  },
};

export default codemirror5;
