/**
 * The MAIN-world content script (document_start, `"world": "MAIN"`). Editor objects are only
 * reachable here; this script finds them with the drivers, and answers the content script over
 * a channel whose event names contain a secret the content script sends in a synchronous
 * handshake before any page script runs. It only reads the draft, applies edits and reports
 * changes; everything it receives is validated, nothing it receives is executed.
 */
import type { PageDriver } from './driver';
import { bare, builtins, dispatchString, eventDetail, listen, nullProto, own, whenSettled } from './builtins';
import { driverFactories } from '../editors/drivers';
import { watchForMonacoService } from '../editors/monaco/capture';
import {
  HELLO_EVENT,
  MAIN_READY_EVENT,
  MAX_MESSAGE_CHARS,
  PROTOCOL_VERSION,
  isSecret,
  toContentEvent,
  toMainEvent,
  type BridgeRequests,
  type EditorTarget,
  type RequestKind,
} from '../protocol/bridge';
import { readRequest, RequestError } from './requests';

const doc = builtins.document;
const REFIND_DELAY_MS = 250;

let toContent: string | undefined;
/** What to undo when the content script closes the session: listeners, the observer, the editor. */
const teardown: (() => void)[] = [];

function send(message: Record<string, unknown>): void {
  if (toContent) dispatchString(doc, toContent, builtins.stringify(bare(message)));
}

// ---- which editor we are attached to -------------------------------------------------------

interface Attached {
  driver: PageDriver;
  key: string;
  lastText: string;
  stop: AbortController;
}
let attached: Attached | undefined;

function findEditor(): PageDriver | undefined {
  for (const factory of driverFactories) {
    try {
      const driver = factory.find(doc);
      if (driver) return driver;
    } catch {
      // A page's half-built editor can throw from its getters; the next DOM change retries.
    }
  }
  return undefined;
}

function announce(a: Attached): void {
  send({ kind: 'event', name: 'editor-found', driver: a.driver.id, key: a.key, text: a.lastText });
}

function detach(): void {
  if (!attached) return;
  const { driver, key, stop } = attached;
  attached = undefined;
  stop.abort();
  send({ kind: 'event', name: 'editor-lost', driver: driver.id, key });
}

function attach(driver: PageDriver): void {
  const a: Attached = { driver, key: driver.key(), lastText: driver.read(), stop: new builtins.AbortController() };
  let queued = false;
  try {
    driver.subscribe(() => {
      if (queued) return;
      queued = true; // one message per burst of synchronous changes
      builtins.queueMicrotask(() => {
        queued = false;
        if (attached === a) reportChange(a);
      });
    }, a.stop.signal);
  } catch (e) {
    a.stop.abort();
    throw e;
  }
  attached = a;
  announce(a);
}

function reportChange(a: Attached): void {
  try {
    const key = a.driver.key();
    const text = a.driver.read();
    if (key !== a.key) {
      // Another document in the same editor (model switch, setState): the panel starts over.
      a.key = key;
      a.lastText = text;
      announce(a);
    } else if (text !== a.lastText) {
      a.lastText = text;
      send({ kind: 'event', name: 'changed', driver: a.driver.id, key, text });
    }
  } catch {
    detach();
  }
}

function refresh(): void {
  const found = findEditor();
  if (attached && found !== attached.driver) detach();
  if (found && !attached) {
    try {
      attach(found);
    } catch {
      // Not ready yet (the editor threw while we subscribed); the next DOM change retries.
    }
  } else if (attached) {
    reportChange(attached);
  }
}

let refindTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleRefresh(): void {
  if (refindTimer !== undefined) return; // throttled: editors mutate the DOM on every keystroke
  refindTimer = builtins.setTimeout(() => {
    refindTimer = undefined;
    refresh();
  }, REFIND_DELAY_MS);
}

function watchDom(): void {
  const observer = new builtins.MutationObserver(scheduleRefresh);
  const options = { __proto__: null, childList: true, subtree: true } as unknown as MutationObserverInit;
  builtins.apply(builtins.observe, observer, [doc, options]);
  teardown.push(() => builtins.apply(builtins.disconnect, observer, []));
  refresh();
}

function closeSession(): void {
  for (const stop of teardown.splice(0)) stop();
  if (refindTimer !== undefined) builtins.clearTimeout(refindTimer);
  detach();
  toContent = undefined; // nothing more is sent, and no new hello is accepted
}

// ---- requests from the content script ------------------------------------------------------

/** The attached driver, if it is the one the request was made for. */
function target(body: EditorTarget): Attached | undefined {
  const a = attached;
  return a && body.driver === a.driver.id && body.key === a.key ? a : undefined;
}

/**
 * What a request is answered with: a value now, or the driver's promise (apply, undo). Objects
 * in answers have no prototype, and promises are never awaited (see `whenSettled`): no page
 * getter on Object.prototype or replaced Promise.prototype.then sees or swaps an answer.
 */
type Answer = { now: unknown; later?: undefined } | { now?: undefined; later: Promise<unknown> };
const now = (value: unknown): Answer => nullProto({ now: value });
const later = (promise: Promise<unknown>): Answer => nullProto({ later: promise });

/** One handler per request kind of src/protocol/bridge.ts, each given its validated body. */
const handlers: { [K in RequestKind]: (body: BridgeRequests[K]) => Answer } = nullProto({
  close() {
    closeSession(); // the content script is gone and expects no answer
    return now(true);
  },
  find() {
    refresh();
    return now(attached ? nullProto({ driver: attached.driver.id, key: attached.key, text: attached.driver.read() }) : null);
  },
  apply(body: BridgeRequests['apply']) {
    const a = target(body);
    if (!a) return now(nullProto({ ok: false, reason: 'stale', message: 'The editor this fix was made for is no longer open.' }));
    return later(a.driver.apply(body.edits, body.expected));
  },
  undo(body: BridgeRequests['undo']) {
    const a = target(body);
    return a ? later(a.driver.undoLast()) : now(false);
  },
  reveal(body: BridgeRequests['reveal']) {
    const a = target(body);
    if (!a?.driver.reveal) return now(false);
    a.driver.reveal(body.start, body.end);
    return now(true);
  },
  schema(body: BridgeRequests['schema']) {
    return now(bare(target(body)?.driver.schema?.() ?? null));
  },
});

function onMessage(event: Event): void {
  const raw = eventDetail(event);
  if (typeof raw !== 'string' || raw.length > MAX_MESSAGE_CHARS) return;
  let message: unknown;
  try {
    message = builtins.parse(raw);
  } catch {
    return;
  }
  const request = readRequest(message);
  if (!request) return;
  const { id } = request;
  const fail = (error: unknown) => send({ kind: 'response', id, ok: false, error: error instanceof RequestError ? error.message : 'the editor failed' });
  if ('error' in request) return fail(request.error);
  let result: Answer;
  try {
    result = (handlers[request.kind] as (body: unknown) => Answer)(request.body);
  } catch (error) {
    return fail(error);
  }
  const a = attached;
  const reply = (value: unknown) => {
    // The content script hears of its own edit (or undo) before the answer.
    if (result.later && a && attached === a) reportChange(a);
    send({ kind: 'response', id, ok: true, value });
  };
  if (result.later) whenSettled(result.later, reply, fail);
  else reply(result.now);
}

// Before any page script: bundled Monaco registers its editor service only once, early.
watchForMonacoService();

// ---- handshake -------------------------------------------------------------------------------

const stopHello = listen(doc, HELLO_EVENT, (event) => {
  if (toContent) return; // only the first hello is ever accepted
  const secret = eventDetail(event);
  if (!isSecret(secret)) return;
  stopHello();
  toContent = toContentEvent(secret);
  teardown.push(listen(doc, toMainEvent(secret), onMessage));
  send({ kind: 'welcome', version: PROTOCOL_VERSION });
  watchDom();
});
// If the content script ran first it is waiting for this; if not, it will say hello on its own.
dispatchString(doc, MAIN_READY_EVENT, '');
