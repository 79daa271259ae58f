import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { ApplyResult } from '../protocol/apply-result';
export type { ApplyResult } from '../protocol/apply-result';

/**
 * One editor, seen as one markdown file. The panel and the core never know which editor
 * they are in: they read text, get told of changes, and send text edits on that text.
 */
export interface EditorAdapter {
  readonly id: string;
  /** The whole post as one markdown string (frontmatter + body). */
  read(): string;
  /** Calls `onChange` after every change of the draft until `signal` aborts. */
  subscribe(onChange: (text: string) => void, signal: AbortSignal): void;
  /**
   * Applies edits made against `expected` (the text the panel analysed). Refuses, changing
   * nothing, when the draft no longer equals `expected` (stale edit).
   */
  apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult>;
  /** Reverts the last edit this adapter applied, through the editor's own undo where it has one. */
  undoLast(): Promise<boolean>;
  /** Selects and scrolls to a range of the post text. */
  reveal?(start: number, end: number): void;
  /** The CMS's own field rules, merged with the user's schema by the panel. */
  schema?(): Partial<PostSchema> | undefined;
}

export interface AdapterDefinition {
  readonly id: string;
  /**
   * Finds this kind of editor in the page, or resolves undefined. Async because editors that
   * live in the page's MAIN world are only reachable through the page bridge.
   */
  detect(doc: Document, signal: AbortSignal): Promise<EditorAdapter | undefined>;
}
