import type { TextEdit } from '../core/types';
import type { ApplyResult } from './apply-result';
import type { HiddenReason } from './hidden-reason';
import type { LinkCheckResult } from '../core/linkcheck/types';
import type { PostSchema } from '../core/schema/types';

/**
 * The one protocol between content script, panel and background. Each direction is a map from
 * message type to payload, with a runtime list of its types (checked against the map at compile
 * time) so a receiver drops anything else before it reaches a handler.
 *
 * The channels (none of them readable or forgeable by the page):
 * - content script ↔ docked panel: a MessagePort of their own (see `WindowMessages`); content
 *   script ↔ pop-out panel: a runtime port from `tabs.connect`, straight to the tab. The draft
 *   never goes through the background, so typing and fixes work while the background sleeps;
 * - panel → background: a runtime port, opened when a link check starts (reconnected if the
 *   background was stopped meanwhile);
 * - content script → background: a runtime port for the toolbar badge, opened when the counts change;
 *   and one-off requests answered by the background (`runtime.sendMessage`, see `ContentRequests`);
 * - background → content script: `tabs.sendMessage` (the toolbar button and shortcut).
 */

/** Content script → its panels (the docked one, and pop-outs opened from it). */
export interface ContentToPanel {
  /** `schema`: the CMS's own field rules (e.g. Decap's collection config), when the editor has them. */
  draft: { revision: number; text: string; adapterId: string; url: string; schema?: Partial<PostSchema> };
  applied: { requestId: number; result: ApplyResult };
  /** The editor's session ended (editor left, another document, page gone, extension updated). */
  closed: { reason: 'editor-gone' | 'page-gone' | 'extension-updated' };
  /** Answer to `visible?`: whether the docked panel is what the user sees (`why` when not). */
  visibility: { requestId: number; visible: boolean; why?: HiddenReason };
}

/** Panel → the content script that paired with it. */
export interface PanelToContent {
  /** The panel is listening: send the current draft. */
  ready: Record<string, never>;
  apply: { requestId: number; edits: TextEdit[]; expected: string };
  /** `field`: the frontmatter field a finding is about (its dotted path), for a form that has a control for it. */
  reveal: { start: number; end: number; field?: string };
  /** Counts for the collapsed tab's badge and the toolbar badge. */
  status: { errors: number; warnings: number };
  collapse: { collapsed: boolean };
  /** Open this editor's panel in a tab of its own (see `open-pop-out`). */
  'pop-out': Record<string, never>;
  /** Asked before any change to the post: is the docked panel actually visible? (clickjacking, #10 item 8) */
  'visible?': { requestId: number };
}

/**
 * Panel → background: the link check. Only addresses travel, never the draft.
 * `runId` is the panel's own counter, so late answers of a replaced run are recognised.
 */
export interface PanelToBackground {
  'check-links': { runId: number; urls: string[]; baseUrl?: string };
  'cancel-link-check': { runId: number };
  /** Sent every few seconds while a run is in flight: the panel still waits (see link-check-channel.ts). */
  'link-check-waiting': { runId: number };
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

/** Content script → background. */
export interface ContentToBackground {
  /** The panel's counts, mirrored on the toolbar button of the sender's tab. */
  status: { errors: number; warnings: number };
  /**
   * Open a pop-out panel for the sender's tab. Only the background knows tab ids; the panel tab
   * it opens connects to this tab's content script with `tabs.connect`, naming `secret`, which
   * this content script made for that one connection.
   */
  'open-pop-out': { secret: string };
}

/**
 * Content script → background, one-off requests (`runtime.sendMessage`, which wakes a stopped
 * background) answered with `ContentAnswers[type]`.
 */
export interface ContentRequests {
  /**
   * Inject this editor's driver bundle into the MAIN world of the sender's own tab and frame
   * (the content script saw the editor's signature and armed the loader for it).
   */
  'load-driver': { editor: string };
}

export interface ContentAnswers {
  'load-driver': { loaded: boolean };
}

/** Background → content script (tabs.sendMessage; answered with `true` when handled). */
export interface BackgroundToContent {
  toggle: Record<string, never>;
}

/**
 * window.postMessage, used only to hand the docked panel its MessagePort (the port is the
 * channel; nothing else travels this way): content script → the panel iframe it created,
 * addressed to the extension's origin. The panel accepts it only if the secret hashes to the
 * `pair` tag in its own URL: the page can post to the iframe too, but never sees the secret
 * (it exists only in the content script and in this one message, delivered only to a document
 * of the extension's origin).
 */
export interface WindowMessages {
  pair: { secret: string };
}

export type Envelope<M> = { [K in keyof M]: { type: K; payload: M[K] } }[keyof M];
export type Handlers<M> = { [K in keyof M]: (payload: M[K]) => void };

/** Runtime lists of each direction's message types, checked against the maps at compile time. */
export const PANEL_TO_CONTENT_TYPES = ['ready', 'apply', 'reveal', 'status', 'collapse', 'pop-out', 'visible?'] as const satisfies readonly (keyof PanelToContent)[];
export const CONTENT_TO_PANEL_TYPES = ['draft', 'applied', 'closed', 'visibility'] as const satisfies readonly (keyof ContentToPanel)[];
export const CONTENT_TO_BACKGROUND_TYPES = ['status', 'open-pop-out'] as const satisfies readonly (keyof ContentToBackground)[];
export const CONTENT_REQUEST_TYPES = ['load-driver'] as const satisfies readonly (keyof ContentRequests)[];
export const BACKGROUND_TO_CONTENT_TYPES = ['toggle'] as const satisfies readonly (keyof BackgroundToContent)[];
export const PANEL_TO_BACKGROUND_TYPES = ['check-links', 'cancel-link-check', 'link-check-waiting'] as const satisfies readonly (keyof PanelToBackground)[];
export const BACKGROUND_TO_PANEL_TYPES = ['link-progress', 'link-results'] as const satisfies readonly (keyof BackgroundToPanel)[];
export const WINDOW_MESSAGE_TYPES = ['pair'] as const satisfies readonly (keyof WindowMessages)[];

export const PORT_CONTENT = 'post-preflight:content';
export const PORT_PANEL = 'post-preflight:panel';
/** A pop-out panel's `tabs.connect` to its editor tab: this prefix, then the one-time secret. */
export const PORT_POP_OUT_PREFIX = 'post-preflight:pop-out:';
/** Window messages carry this prefix on their type, so the page's own postMessage traffic never looks like ours. */
export const WINDOW_MESSAGE_PREFIX = 'post-preflight:';

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

/** A window message of ours: `{type: 'post-preflight:<name>', payload}`, the prefix stripped, or undefined. */
export function windowMessage(data: unknown): Envelope<WindowMessages> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, payload } = data as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !type.startsWith(WINDOW_MESSAGE_PREFIX)) return undefined;
  const name = type.slice(WINDOW_MESSAGE_PREFIX.length);
  const envelope = { type: name, payload };
  return isEnvelopeOf(envelope, WINDOW_MESSAGE_TYPES) ? (envelope as Envelope<WindowMessages>) : undefined;
}

export function toWindowMessage<K extends keyof WindowMessages>(type: K, payload: WindowMessages[K]): { type: string; payload: WindowMessages[K] } {
  return { type: WINDOW_MESSAGE_PREFIX + type, payload };
}
