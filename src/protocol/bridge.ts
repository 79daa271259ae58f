import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { ApplyResult } from './apply-result';

/**
 * The one typed protocol of the page bridge, between the MAIN-world script (src/page/main-world.ts)
 * and the content script (src/content/page-bridge.ts): request and response maps, as for the
 * extension's own messages (./messages.ts). Each side validates what it receives once, at its
 * boundary: requests in src/page/requests.ts, answers in src/content/bridge-answers.ts.
 * Both sides exchange JSON strings only (no objects: Firefox would need cloneInto, and a string
 * carries no getters), on event names derived from a per-session secret.
 * Only the two handshake names below are public; a page that listens to them after the handshake
 * hears nothing, and what it sends there is ignored.
 */

/** Content script → MAIN world, detail = the secret (32 lowercase hex digits). */
export const HELLO_EVENT = 'post-preflight:hello';
/** MAIN world → content script, no detail: "I am here, say hello" (when the MAIN script loads second). */
export const MAIN_READY_EVENT = 'post-preflight:main-ready';

export const toMainEvent = (secret: string): string => `post-preflight:${secret}:to-main`;
export const toContentEvent = (secret: string): string => `post-preflight:${secret}:to-content`;

export const PROTOCOL_VERSION = 2;

/**
 * The one property of `window` through which a driver bundle hands its driver to the MAIN-world
 * loader (src/page/main-world.ts defines it at document_start, non-configurable; see the threat
 * analysis there). Public by nature: the page can see and assign it too.
 */
export const DRIVER_HOOK = '__postPreflightDriver';

/** The driver bundle of an editor, as built (scripts/page-drivers.mjs) and injected by the background. */
export const driverBundleFile = (editor: string): string => `page-drivers/${editor}.js`;

export function isSecret(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 32) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Content script → MAIN world: each request's body. Requests made for one editor document name
 * it (`driver` id and `key`): the MAIN world answers them only while that document is open.
 * `close`: the content script is going away (its signal aborted); the MAIN world stops everything.
 * `arm`: the content script is about to have the background inject `driver`'s bundle; the
 * loader accepts that one driver, once, from its hook (see DRIVER_HOOK).
 * `disarm`: that injection failed; the loader takes nothing for `driver` any more (until armed again).
 */
export interface BridgeRequests {
  find: Record<never, never>;
  apply: EditorTarget & { edits: TextEdit[]; expected: string };
  arm: { driver: string };
  disarm: { driver: string };
  reveal: EditorTarget & { start: number; end: number; field?: string };
  schema: EditorTarget;
  close: Record<never, never>;
}

/** MAIN world → content script: what each request is answered with. */
export interface BridgeResponses {
  /** The editor the MAIN world is attached to now (looked for afresh), or null. */
  find: EditorInfo | null;
  apply: ApplyResult;
  /** `loaded`: that driver is already there (nothing to inject); `armed`: inject it now. */
  arm: 'armed' | 'loaded';
  disarm: true;
  /** False when the editor can't reveal (or is no longer open). */
  reveal: boolean;
  /** The CMS's own field rules; only field rules are kept. */
  schema: Partial<PostSchema> | undefined;
  close: true;
}

export type RequestKind = keyof BridgeRequests;

/** The runtime list of request kinds, checked against the map at compile time both ways. */
export const REQUEST_KINDS = ['find', 'apply', 'arm', 'disarm', 'reveal', 'schema', 'close'] as const satisfies readonly RequestKind[];
type Unlisted = Exclude<RequestKind, (typeof REQUEST_KINDS)[number]>;
const everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyKindListed;

export interface EditorTarget {
  driver: string;
  key: string;
}

export type BridgeEventName = 'changed' | 'editor-found' | 'editor-lost';
export const EVENT_NAMES: readonly BridgeEventName[] = ['changed', 'editor-found', 'editor-lost'];

/** The editor the MAIN world is currently attached to. */
export interface EditorInfo {
  driver: string;
  key: string;
  text: string;
}

/** A request on the wire: its kind, a per-bridge id, and its body's fields. */
export type ToMain = { [K in RequestKind]: { kind: 'request'; id: number; request: K } & BridgeRequests[K] }[RequestKind];

export type ToContent =
  | { kind: 'welcome'; version: number }
  | { kind: 'response'; id: number; ok: true; value: unknown }
  | { kind: 'response'; id: number; ok: false; error: string }
  | { kind: 'event'; name: BridgeEventName; driver: string; key: string; text?: string };

/** Largest message accepted from the other world (a post is far smaller; this only stops floods). */
export const MAX_MESSAGE_CHARS = 32 * 1024 * 1024;
