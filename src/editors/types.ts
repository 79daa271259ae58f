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
  /** Selects and scrolls to a range of the post text. */
  /** `field`: the frontmatter field the range is about, for editors that show fields as a form. */
  reveal?(start: number, end: number, field?: string): void;
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

/**
 * How the content script tells that an editor whose driver lives in the page's MAIN world is on
 * the page: a cheap CSS selector, checked on DOM changes. Only where it matches is that editor's
 * driver bundle injected (src/editors/<id>/signature.ts, next to its driver.ts).
 */
export interface DriverSignature {
  readonly id: string;
  readonly selector: string;
}
