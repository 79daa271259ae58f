/**
 * The wire format between the MAIN-world script (src/page/main-world.ts) and the content script
 * (src/content/page-bridge.ts). Both sides exchange JSON strings only (no objects: Firefox would need
 * cloneInto, and a string carries no getters), on event names derived from a per-session secret.
 * Only the two handshake names below are public; a page that listens to them after the handshake
 * hears nothing, and what it sends there is ignored.
 */

/** Content script → MAIN world, detail = the secret (32 lowercase hex digits). */
export const HELLO_EVENT = 'post-preflight:hello';
/** MAIN world → content script, no detail: "I am here, say hello" (when the MAIN script loads second). */
export const MAIN_READY_EVENT = 'post-preflight:main-ready';

export const toMainEvent = (secret: string): string => `post-preflight:${secret}:to-main`;
export const toContentEvent = (secret: string): string => `post-preflight:${secret}:to-content`;

export const PROTOCOL_VERSION = 1;

export function isSecret(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 32) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** `close`: the content script is going away (its signal aborted); the MAIN world stops everything. */
export type RequestKind = 'find' | 'read' | 'apply' | 'undo' | 'reveal' | 'schema' | 'close';

export type BridgeEventName = 'changed' | 'editor-found' | 'editor-lost';
export const EVENT_NAMES: readonly BridgeEventName[] = ['changed', 'editor-found', 'editor-lost'];

/** The editor the MAIN world is currently attached to. */
export interface EditorInfo {
  driver: string;
  key: string;
  text: string;
}

export type ToMain =
  | { kind: 'request'; id: number; request: RequestKind; driver?: string; key?: string; edits?: unknown; expected?: unknown; start?: unknown; end?: unknown };

export type ToContent =
  | { kind: 'welcome'; version: number }
  | { kind: 'response'; id: number; ok: true; value: unknown }
  | { kind: 'response'; id: number; ok: false; error: string }
  | { kind: 'event'; name: BridgeEventName; driver: string; key: string; text?: string };

/** Largest message accepted from the other world (a post is far smaller; this only stops floods). */
export const MAX_MESSAGE_CHARS = 32 * 1024 * 1024;
