/**
 * The content-script (isolated world) end of the page bridge: a synchronous handshake with
 * src/page/main-world.ts, then typed requests with ids and timeouts, and change events; and the
 * loading of an editor's driver into the MAIN world when the content script sees that editor
 * (`loadDriver`: arm the loader, then have the driver bundle injected).
 * The MAIN world is the page's world: every message from it is untrusted data and is validated
 * here before anyone sees it.
 */
import {
  EVENT_NAMES,
  HELLO_EVENT,
  MAIN_READY_EVENT,
  MAX_MESSAGE_CHARS,
  PROTOCOL_VERSION,
  toContentEvent,
  toMainEvent,
  type BridgeEventName,
  type BridgeRequests,
  type BridgeResponses,
  type RequestKind,
  type ToMain,
} from '../protocol/bridge';
import { ANSWERS } from './bridge-answers';
import { field, record } from './record';

export { field, record };

export interface BridgeEvent {
  name: BridgeEventName;
  driver: string;
  key: string;
  /** The whole text, on `changed` and `editor-found`. */
  text?: string;
}

export class BridgeError extends Error {}

export interface PageBridge {
  readonly connected: boolean;
  /** Resolves true once the MAIN world answered the handshake, false after `timeoutMs`. */
  whenConnected(timeoutMs: number): Promise<boolean>;
  /** Sends a request of src/protocol/bridge.ts; the answer comes validated (./bridge-answers.ts). */
  request<K extends RequestKind>(kind: K, body: BridgeRequests[K], timeoutMs?: number): Promise<BridgeResponses[K]>;
  onEvent(fn: (event: BridgeEvent) => void, signal: AbortSignal): void;
  /**
   * Makes sure `editor`'s driver is in the MAIN world: resolves true once it is (armed, then
   * injected by `inject`), false when it can't be had now (no bridge, injection refused; tried
   * again after a pause, not on every detection pass).
   */
  loadDriver(editor: string): Promise<boolean>;
}

/**
 * Has an editor's driver bundle run in this frame's MAIN world: the content script asks the
 * background (scripting.executeScript), a test harness its browser. Resolves true once it ran.
 */
export type DriverInjector = (editor: string) => Promise<boolean>;

/** After a failed load, how long before the next detection pass may try again. */
const RETRY_LOAD_MS = 5000;

const DEFAULT_TIMEOUT_MS = 3000;
const noInjector: DriverInjector = async () => false;

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEvent(message: Record<string, unknown>): BridgeEvent | undefined {
  const [name, driver, key, text] = [field(message, 'name'), field(message, 'driver'), field(message, 'key'), field(message, 'text')];
  if (!EVENT_NAMES.includes(name as BridgeEventName) || typeof driver !== 'string' || typeof key !== 'string') return undefined;
  if (text !== undefined && typeof text !== 'string') return undefined;
  if (name !== 'editor-lost' && typeof text !== 'string') return undefined;
  return record({ name: name as BridgeEventName, driver, key, ...(text !== undefined ? { text } : {}) });
}

export function connectPageBridge(doc: Document, signal: AbortSignal, inject: DriverInjector = noInjector): PageBridge {
  const secret = randomSecret();
  const toMain = toMainEvent(secret);
  let connected = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(event: BridgeEvent) => void>();
  const waiters = new Set<(ok: boolean) => void>();

  const post = (message: ToMain) => {
    doc.dispatchEvent(new CustomEvent(toMain, { detail: JSON.stringify(message) }));
  };

  const onMessage = (event: Event) => {
    const raw = (event as CustomEvent<unknown>).detail;
    if (typeof raw !== 'string' || raw.length > MAX_MESSAGE_CHARS) return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (!isRecord(message)) return;
    const kind = field(message, 'kind');
    if (kind === 'welcome') {
      if (connected || field(message, 'version') !== PROTOCOL_VERSION) return;
      connected = true;
      doc.removeEventListener(MAIN_READY_EVENT, onMainReady);
      for (const w of waiters) w(true);
      waiters.clear();
      return;
    }
    if (!connected) return;
    if (kind === 'response') {
      const id = field(message, 'id');
      const call = typeof id === 'number' ? pending.get(id) : undefined;
      if (!call) return;
      pending.delete(id as number);
      const error = field(message, 'error');
      if (field(message, 'ok') === true) call.resolve(field(message, 'value'));
      else call.reject(new BridgeError(typeof error === 'string' ? error.slice(0, 500) : 'the page did not answer'));
      return;
    }
    if (kind === 'event') {
      const parsed = parseEvent(message);
      if (parsed) for (const fn of [...listeners]) fn(parsed);
    }
  };

  const hello = () => doc.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: secret }));
  // The MAIN script announces itself when it loads after us. Only an announcement made outside
  // any page <script> is answered (the MAIN-world script is not a <script> element).
  const onMainReady = () => {
    if (!connected && doc.currentScript === null) hello();
  };

  doc.addEventListener(toContentEvent(secret), onMessage, { signal });
  doc.addEventListener(MAIN_READY_EVENT, onMainReady, { signal });
  hello(); // answered synchronously when the MAIN script is already there
  if (connected) doc.removeEventListener(MAIN_READY_EVENT, onMainReady);

  signal.addEventListener('abort', () => {
    // The MAIN world's listeners and observer die with ours.
    if (connected) post({ kind: 'request', id: nextId++, request: 'close' });
    for (const call of pending.values()) call.reject(new BridgeError('the page bridge was closed'));
    pending.clear();
    listeners.clear();
    for (const w of waiters) w(false);
    waiters.clear();
  }, { once: true });

  const loads = new Map<string, Promise<boolean>>();
  // A failed injection leaves the loader armed: a page script could then hand in its own module
  // under that id. Disarmed, the loader takes nothing until the next attempt arms it again.
  const injectOrDisarm = async (editor: string): Promise<boolean> => {
    const injected = await inject(editor).catch(() => false);
    if (!injected) await bridge.request('disarm', { driver: editor }).catch(() => undefined);
    return injected;
  };
  const loadDriver = async (editor: string): Promise<boolean> => {
    let load = loads.get(editor);
    if (!load) {
      loads.set(editor, (load = bridge.request('arm', { driver: editor }).then((armed) => armed === 'loaded' || injectOrDisarm(editor), () => false)));
      // A failure is remembered for a while: detection runs on every DOM change.
      if (!(await load)) setTimeout(() => loads.delete(editor), RETRY_LOAD_MS);
    }
    return load;
  };

  const bridge: PageBridge = {
    loadDriver,
    get connected() {
      return connected;
    },
    whenConnected(timeoutMs) {
      if (connected) return Promise.resolve(true);
      if (signal.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve(ok);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(done);
      });
    },
    request<K extends RequestKind>(kind: K, body: BridgeRequests[K], timeoutMs = DEFAULT_TIMEOUT_MS): Promise<BridgeResponses[K]> {
      if (!connected) return Promise.reject(new BridgeError('the page bridge is not connected'));
      if (signal.aborted) return Promise.reject(new BridgeError('the page bridge was closed'));
      const id = nextId++;
      const validate = ANSWERS[kind] as (value: unknown) => BridgeResponses[K];
      return new Promise<BridgeResponses[K]>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new BridgeError(`the page did not answer "${kind}" in time`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            try {
              resolve(validate(value));
            } catch (e) {
              reject(new BridgeError(`the page sent a malformed "${kind}" answer: ${(e as Error).message}`));
            }
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        post({ ...body, kind: 'request', id, request: kind } as ToMain);
      });
    },
    onEvent(fn, eventSignal) {
      if (eventSignal.aborted) return;
      listeners.add(fn);
      eventSignal.addEventListener('abort', () => listeners.delete(fn), { once: true });
    },
  };
  return bridge;
}

let shared: { doc: Document; bridge: PageBridge } | undefined;

/**
 * The one bridge of this document. The content script calls this at document_start with its
 * lifetime signal and its driver injector, so the handshake happens before page scripts run and the MAIN world's
 * listeners stop when the content script does; adapters call it again to reach the same bridge.
 */
export function pageBridge(doc: Document = document, signal?: AbortSignal, inject?: DriverInjector): PageBridge {
  if (!shared || shared.doc !== doc) shared = { doc, bridge: connectPageBridge(doc, signal ?? new AbortController().signal, inject) };
  return shared.bridge;
}
