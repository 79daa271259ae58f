import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { ApplyResult } from '../editors/types';

/**
 * An editor as seen from the page's MAIN world, where editor objects (CodeMirror views,
 * Monaco models, Decap's Redux store) are reachable. Drivers know nothing of the extension:
 * the page bridge (src/page/main-world.ts ↔ src/content/page-bridge.ts) exposes them to the
 * content script, which wraps each one as an EditorAdapter.
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
  /** Reverts the last edit this driver applied, through the editor's own undo where it has one. */
  undoLast(): Promise<boolean>;
  /** Selects and scrolls to a range of the post text. */
  reveal?(start: number, end: number): void;
  /** The CMS's own field rules (Decap's collection config), merged with the user's schema. */
  schema?(): Partial<PostSchema> | undefined;
}

export interface PageDriverFactory {
  readonly id: string;
  /** Finds this kind of editor in the document, or returns undefined. Cheap: called on DOM changes. */
  find(doc: Document): PageDriver | undefined;
}
