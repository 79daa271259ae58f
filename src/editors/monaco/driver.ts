import type { TextEdit } from '../../core/types';
import type { PageDriver, PageDriverFactory } from '../../page/driver';
import { EditRecorder, mapOffset } from '../../page/text-driver';
import { capturedCodeEditorService } from './capture';

/*
 * Monaco: editors come from the page's `monaco.editor.getEditors()` (the AMD/min build and many
 * integrations expose the global) or from the code-editor service caught at document_start
 * (bundled Monaco). The open file is the editor's current model.
 */

interface Position {
  lineNumber: number;
  column: number;
}
interface Disposable {
  dispose(): void;
}
interface MonacoModel {
  uri: { toString(): string };
  getValue(): string;
  getPositionAt(offset: number): Position;
  getOffsetAt(position: Position): number;
  isDisposed?(): boolean;
  onDidChangeContent(fn: () => void): Disposable;
}
interface MonacoEditor {
  getModel(): MonacoModel | null;
  getDomNode(): HTMLElement | null;
  getRawOptions?(): { readOnly?: boolean };
  getOption?(id: number): unknown;
  hasTextFocus?(): boolean;
  pushUndoStop(): boolean;
  executeEdits(source: string, edits: { range: Range; text: string }[], endCursorState?: () => Selection[]): boolean;
  getSelections(): Selection[] | null;
  trigger(source: string, handlerId: string, payload: unknown): void;
  setSelection(range: Range): void;
  revealRangeInCenterIfOutsideViewport(range: Range): void;
  focus(): void;
  onDidChangeModel(fn: () => void): Disposable;
}
interface Range {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}
interface Selection {
  selectionStartLineNumber: number;
  selectionStartColumn: number;
  positionLineNumber: number;
  positionColumn: number;
}
interface MonacoGlobal {
  editor?: { getEditors?(): MonacoEditor[]; EditorOption?: { readOnly?: number } };
}

function pageMonaco(): MonacoGlobal | undefined {
  const m = (globalThis as { monaco?: MonacoGlobal }).monaco;
  return m && typeof m === 'object' ? m : undefined;
}

function isEditor(value: unknown): value is MonacoEditor {
  const ed = value as MonacoEditor | null | undefined;
  return !!ed && typeof ed.getModel === 'function' && typeof ed.executeEdits === 'function' && typeof ed.getDomNode === 'function';
}

class MonacoDriver implements PageDriver {
  readonly id = 'monaco';
  private readonly recorder: EditRecorder;

  constructor(readonly editor: MonacoEditor) {
    this.recorder = new EditRecorder({
      text: () => this.read(),
      readOnly: () => this.readOnly(),
      replace: (edits) => this.replace(edits),
    });
  }

  private model(): MonacoModel {
    const model = this.editor.getModel();
    if (!model) throw new Error('the editor has no open file');
    return model;
  }

  key(): string {
    const model = this.editor.getModel();
    return model ? `monaco:${model.uri.toString()}` : 'monaco:none';
  }

  read(): string {
    return this.editor.getModel()?.getValue() ?? '';
  }

  subscribe(onChange: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    let content: Disposable | undefined;
    const bindModel = () => {
      content?.dispose();
      content = this.editor.getModel()?.onDidChangeContent(() => onChange());
    };
    bindModel();
    const modelSwitch = this.editor.onDidChangeModel(() => {
      bindModel();
      onChange();
    });
    signal.addEventListener('abort', () => {
      content?.dispose();
      modelSwitch.dispose();
    }, { once: true });
  }

  async apply(edits: readonly TextEdit[], expected: string) {
    return this.recorder.apply(edits, expected);
  }

  reveal(start: number, end: number): void {
    const range = this.range(start, end);
    this.editor.setSelection(range);
    this.editor.revealRangeInCenterIfOutsideViewport(range);
    this.editor.focus();
  }

  private readOnly(): boolean {
    if (this.editor.getRawOptions?.().readOnly) return true;
    const optionId = pageMonaco()?.editor?.EditorOption?.readOnly;
    return typeof optionId === 'number' && this.editor.getOption?.(optionId) === true;
  }

  private range(start: number, end: number): Range {
    const model = this.model();
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(end);
    return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
  }

  private replace(edits: readonly TextEdit[]): void {
    // Ranges are all taken on the current model: executeEdits applies them together, as one step
    // fenced by undo stops (setValue would wipe the undo stack; model.applyEdits has no undo).
    const model = this.model();
    const operations = edits.map((e) => ({ range: this.range(e.start, e.end), text: e.text }));
    // Without an end cursor state Monaco may leave the caret at its old offset; map each
    // selection through the edits ourselves so it stays on the same character.
    const offsets = (this.editor.getSelections() ?? []).map((s) => [
      model.getOffsetAt({ lineNumber: s.selectionStartLineNumber, column: s.selectionStartColumn }),
      model.getOffsetAt({ lineNumber: s.positionLineNumber, column: s.positionColumn }),
    ]);
    const endCursorState = (): Selection[] =>
      offsets.map(([anchor, head]) => {
        const a = model.getPositionAt(mapOffset(anchor!, edits));
        const h = model.getPositionAt(mapOffset(head!, edits));
        return { selectionStartLineNumber: a.lineNumber, selectionStartColumn: a.column, positionLineNumber: h.lineNumber, positionColumn: h.column };
      });
    this.editor.pushUndoStop();
    const ok = this.editor.executeEdits('post-preflight', operations, endCursorState);
    this.editor.pushUndoStop();
    if (ok === false) throw new Error('Monaco refused the edit');
  }
}

const drivers = new WeakMap<object, MonacoDriver>();
let lastChosen: MonacoEditor | undefined;

export const monaco: PageDriverFactory = {
  id: 'monaco',
  find(doc: Document): PageDriver | undefined {
    const editors = pageMonaco()?.editor?.getEditors?.() ?? capturedCodeEditorService()?.listCodeEditors();
    if (!Array.isArray(editors)) return undefined;
    const live = (editors as unknown[]).filter((ed): ed is MonacoEditor => isEditor(ed) && !!ed.getModel() && ed.getDomNode()?.isConnected === true && ed.getDomNode()?.ownerDocument === doc);
    // Several editors (a diff has two, a preview another): the one the user types in wins, then
    // the one already attached (no flapping), then an editable one (a diff's modified side).
    const editor =
      live.find((ed) => ed.hasTextFocus?.()) ??
      live.find((ed) => ed === lastChosen) ??
      live.find((ed) => !ed.getRawOptions?.().readOnly) ??
      live[0];
    lastChosen = editor;
    if (!editor) return undefined;
    let driver = drivers.get(editor);
    if (!driver) drivers.set(editor, (driver = new MonacoDriver(editor)));
    return driver;
  },
};

export default monaco;
