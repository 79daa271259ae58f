import type { TextEdit } from '../core/types';
import type { ApplyResult } from '../adapters/types';
import type { LinkCheckResult } from '../core/linkcheck/types';
import type { PostSchema } from '../core/schema/types';

/**
 * The one protocol between content script, background and panel. Every message travels on an
 * extension port (runtime.connect), never on window.postMessage, so the page can neither read
 * nor forge it. Each direction is a map from message type to payload.
 */

/** Content script → panel(s) of the same tab (relayed by the background). */
export interface ContentToPanel {
  /** `schema`: the CMS's own field rules (e.g. Decap's collection config), when the editor has them. */
  draft: { revision: number; text: string; adapterId: string; url: string; schema?: Partial<PostSchema> };
  applied: { requestId: number; result: ApplyResult };
  /** Answer to `visible?`: whether the docked panel is what the user sees (`reason` when not). */
  visibility: { requestId: number; visible: boolean; reason?: string };
}

/** Panel → the content script of its tab (relayed by the background). */
export interface PanelToContent {
  /** The panel is listening: send the current draft. */
  ready: Record<string, never>;
  apply: { requestId: number; edits: TextEdit[]; expected: string };
  reveal: { start: number; end: number };
  /** Counts for the collapsed tab's badge and the toolbar badge. */
  status: { errors: number; warnings: number };
  collapse: { collapsed: boolean };
  /** Asked before any change to the post: is the docked panel actually visible? (clickjacking, #10 item 8) */
  'visible?': { requestId: number };
}

/**
 * Panel → background (not relayed): the link check. Only addresses travel, never the draft.
 * `runId` is the panel's own counter, so late answers of a replaced run are recognised.
 */
export interface PanelToBackground {
  'check-links': { runId: number; urls: string[]; baseUrl?: string };
  'cancel-link-check': { runId: number };
}

/** Background → the panel that asked. */
export interface BackgroundToPanel {
  'link-progress': { runId: number; done: number; total: number };
  /**
   * One entry per requested URL, in order; `null` where the URL's site isn't granted (listed in
   * `notAllowed` as origins). `cancelled` / `error` end a run without results.
   */
  'link-results': { runId: number; results: (LinkCheckResult | null)[]; notAllowed: string[]; cancelled?: boolean; error?: string };
}

/** Content script → background (not relayed). */
export interface ContentToBackground {
  /** Secret put in the panel iframe's URL: only a panel frame carrying it is paired with this tab. */
  hello: { panelToken: string };
}

/** Background → content script. */
export interface BackgroundToContent {
  toggle: Record<string, never>;
}

export type Envelope<M> = { [K in keyof M]: { type: K; payload: M[K] } }[keyof M];
export type Handlers<M> = { [K in keyof M]: (payload: M[K]) => void };

/** Runtime lists of each direction's message types, checked against the maps at compile time. */
export const PANEL_TO_CONTENT_TYPES = ['ready', 'apply', 'reveal', 'status', 'collapse', 'visible?'] as const satisfies readonly (keyof PanelToContent)[];
export const CONTENT_TO_PANEL_TYPES = ['draft', 'applied', 'visibility'] as const satisfies readonly (keyof ContentToPanel)[];
export const CONTENT_TO_BACKGROUND_TYPES = ['hello'] as const satisfies readonly (keyof ContentToBackground)[];
export const PANEL_TO_BACKGROUND_TYPES = ['check-links', 'cancel-link-check'] as const satisfies readonly (keyof PanelToBackground)[];
export const BACKGROUND_TO_PANEL_TYPES = ['link-progress', 'link-results'] as const satisfies readonly (keyof BackgroundToPanel)[];

export const PORT_CONTENT = 'post-preflight:content';
export const PORT_PANEL = 'post-preflight:panel';

export function message<M, K extends keyof M>(type: K, payload: M[K]): { type: K; payload: M[K] } {
  return { type, payload };
}

/** True when `value` looks like an envelope whose type is one of `types`. */
export function isEnvelopeOf(value: unknown, types: readonly string[]): value is { type: string; payload: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && types.includes(type) && typeof payload === 'object' && payload !== null;
}

/**
 * Routes a message to its handler by type (a handler map, no if-chains). Unknown types and
 * malformed envelopes are dropped: returns false so the caller can log or ignore.
 */
export function dispatch<M>(handlers: Handlers<M>, value: unknown): boolean {
  if (!isEnvelopeOf(value, Object.keys(handlers))) return false;
  const handler = (handlers as Record<string, (p: unknown) => void>)[value.type];
  if (!Object.prototype.hasOwnProperty.call(handlers, value.type) || !handler) return false;
  handler(value.payload);
  return true;
}
