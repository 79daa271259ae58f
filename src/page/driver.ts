import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { ApplyResult } from '../protocol/apply-result';
import type { Builtins } from './builtins';

/**
 * An editor as seen from the page's MAIN world, where editor objects (CodeMirror views,
 * Monaco models, Decap's Redux store) are reachable. Drivers know nothing of the extension:
 * the page bridge (src/page/main-world.ts ↔ src/editors/page-bridge.ts) exposes them to the
 * content script, which wraps each one as an EditorAdapter. Each editor's driver is its own
 * bundle (src/page/driver-bundle.ts), injected only on a page where that editor was seen.
 */
export interface PageDriver {
  /** Same id as the adapter that wraps it: 'codemirror6' | 'codemirror5' | 'monaco' | 'decap'. */
  readonly id: string;
  /**
   * Identity of the document being edited (e.g. Decap's `collection/slug`, a Monaco model URI).
   * When it changes the panel starts over, so nothing of the previous document leaks.
   */
  key(): string;
  /** The whole post as one markdown string (frontmatter + body). */
  read(): string;
  /** Calls `onChange` after every change of the draft until `signal` aborts. */
  subscribe(onChange: () => void, signal: AbortSignal): void;
  /**
   * Applies edits made against `expected`; refuses (changing nothing) when the draft differs.
   * The result must have no prototype (`nullProto`): it resolves a promise in the page's world.
   */
  apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult>;
  /** Selects and scrolls to a range of the post text; a form goes to `field` (a dotted path) when the range has no control. */
  reveal?(start: number, end: number, field?: string): void;
  /** The CMS's own field rules (Decap's collection config), merged with the user's schema. */
  schema?(): Partial<PostSchema> | undefined;
}

export interface PageDriverFactory {
  readonly id: string;
  /** Finds this kind of editor in the document, or returns undefined. Cheap: called on DOM changes. */
  find(doc: Document): PageDriver | undefined;
}

/** What the loader hands a driver bundle: its saved built-ins, and what it caught at document_start. */
export interface LoaderGifts {
  builtins: Builtins;
  /** Monaco's code-editor service, if bundled Monaco registered one (src/editors/monaco/capture.ts). */
  codeEditorService(): unknown;
}

/**
 * What a driver bundle assigns to `window[DRIVER_HOOK]` (src/protocol/bridge.ts): its editor's
 * id, and `start`, which the loader calls once with its gifts before any driver code runs.
 */
export interface PageDriverModule {
  readonly id: string;
  start(gifts: LoaderGifts): PageDriverFactory;
}
