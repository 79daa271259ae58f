/**
 * The MAIN-world loader (document_start, `"world": "MAIN"`), the one page-world script that runs
 * on every matching page, kept tiny (`npm run size`). Editor objects are only reachable in this
 * world; this script saves the built-ins before any page script runs, answers the content script
 * over a channel whose event names contain a secret the content script sends in a synchronous
 * handshake, catches bundled Monaco's editor service (it registers only once, early), and
 * accepts the drivers of the editors the content script saw, injected one bundle per editor by
 * the background (see "Drivers on demand" below). It only reads the draft, applies edits and
 * reports changes; everything it receives is validated, nothing it receives is executed.
 */
import { adoptBuiltins, bare, builtins, captureBuiltins, dispatchString, eventDetail, listen, nullProto, own, whenSettled } from './builtins';
import type { LoaderGifts, PageDriver, PageDriverFactory } from './driver';
import { capturedCodeEditorService, watchForMonacoService } from '../editors/monaco/capture';
import { EDITOR_IDS } from '../editors/registry';
import {
  DRIVER_HOOK,
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

// First of all, before any page script can replace them.
adoptBuiltins(captureBuiltins());
// Bundled Monaco registers its editor service only once, early: the hook must be in place now.
watchForMonacoService();

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
  for (let rank = 0; rank < EDITOR_IDS.length; rank++) {
    const factory = drivers[rank];
    if (!factory) continue;
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

// ---- drivers on demand -----------------------------------------------------------------------
//
// A driver bundle (src/page/driver-bundle.ts) is injected by the background into this world
// with scripting.executeScript, after the content script saw that editor's DOM signature and
// armed us for it over the secret channel. It hands its driver over by assigning to
// `window[DRIVER_HOOK]`, defined here, at document_start, as a non-configurable setter: the page
// can neither remove nor redefine it, nor read what was handed over. Its getter answers the ids
// of the drivers accepted so far, as one string ("" on a page without a supported editor): what
// the page knows anyway (it hosts the editor, and the public handshake events already say the
// extension is here), and what tests observe from the page in both browsers.
//
// Threat analysis. The hook's name is public and the page can assign to it at any moment.
// - Not armed for that id (before the content script asked, after the driver arrived, or an id
//   never asked for): ignored. A value that is no well-formed module (own `id` string, own
//   `start` function returning a factory with an own `find` function) is ignored too.
// - Armed, and the page's value arrives before the real bundle runs (a page script can run
//   between the arming and the injection): the page's fake driver is accepted for that editor
//   and the real one is then refused (once per id). What the fake gets: the saved built-ins
//   (the page's own original functions, nothing of ours), `find(document)` calls, and then the
//   draft requests the content script makes for the editor it reports (`apply` with edits of
//   the text IT reported, `reveal`, `schema`). What it can do: report any text as the post,
//   refuse or fake fixes. The page already owns the editor it hosts and could type that text
//   into it, or rewrite our fixes, so this is nothing it could not do before. What it can NOT
//   do: learn the secret (it never passes through a driver, and event names stay private),
//   send requests to the content script (drivers only answer), make the background inject
//   anything but our own bundles (the background names files from its own list, in the tab and
//   frame the browser says the content script is in), or reach any extension API.
// - Everything a driver returns goes through the same checks as before (bare(), the content
//   side's validators): a driver is page-world code, as untrusted as the page.
// - A second loader of ours in the same page (Firefox runs an updated extension's content
//   scripts in open tabs; the old loader's hook stays) can't define the hook: it registers with
//   it instead (`{ nextLoader, list }`), and a loader hands on every value it is not armed for to
//   the one registered after it. A page may register too: it then receives what no loader was
//   armed for (its own fakes, or a real bundle meant for a later loader, which it may pass on or
//   not) and a later loader's registration, through which it can offer that loader values, as
//   it could assign to the hook. So at worst it denies itself the panel, or makes one of our
//   loaders take a fake while armed: the case above.

// Null-prototype records indexed by plain property access, never Set/Array methods: those run
// after page scripts, which may have replaced Set.prototype.has or Array.prototype.splice.
const record = <T>(): Record<string, T> => builtins.setPrototypeOf({}, null) as Record<string, T>;
/** The accepted drivers, by their rank in src/editors/registry.ts (a CMS before the editors it embeds). */
const drivers = record<PageDriverFactory>();
const armed = record<true>();
const loaded = record<true>();
/** The accepted ids, comma-separated: a string, so the page gets nothing it could change. */
let loadedList = '';
const gifts: LoaderGifts = nullProto({ builtins, codeEditorService: () => capturedCodeEditorService() });

/** The loader registered after this one (see the last point above), and its list. */
let nextLoader: ((value: unknown) => void) | undefined;
let nextList: (() => unknown) | undefined;

/** The hook's setter: a loader's registration, or a driver module. */
function onHook(value: unknown): void {
  const later = own(value, 'nextLoader');
  try {
    if (typeof later !== 'function') {
      if (!acceptDriver(value) && nextLoader) builtins.apply(nextLoader, undefined, [value]);
    } else if (nextLoader) {
      builtins.apply(nextLoader, undefined, [value]); // down the chain: the last loader takes it
    } else {
      nextLoader = later as (value: unknown) => void;
      const list = own(value, 'list');
      if (typeof list === 'function') nextList = list as () => unknown;
    }
  } catch {
    // a page function down the chain threw: nothing of ours depends on it
  }
}

/** The ids the loaders of this page accepted, this loader's first. */
function chainList(): string {
  let rest: unknown = '';
  try {
    rest = nextList ? builtins.apply(nextList, undefined, []) : '';
  } catch {
    // as above
  }
  return typeof rest !== 'string' || !rest ? loadedList : loadedList ? `${loadedList},${rest}` : rest;
}

/** Takes a driver module if armed for its id; false when it was not this loader's to take. */
function acceptDriver(value: unknown): boolean {
  const id = own(value, 'id');
  const start = own(value, 'start');
  if (typeof id !== 'string' || armed[id] !== true || typeof start !== 'function') return false;
  delete armed[id]; // once per id, whatever follows
  loaded[id] = true;
  loadedList = loadedList ? `${loadedList},${id}` : id;
  let factory: unknown;
  try {
    factory = builtins.apply(start as (g: LoaderGifts) => unknown, value, [gifts]);
  } catch {
    return true;
  }
  const find = own(factory, 'find');
  if (own(factory, 'id') !== id || typeof find !== 'function') return true;
  for (let rank = 0; rank < EDITOR_IDS.length; rank++) {
    if (EDITOR_IDS[rank] === id) drivers[rank] = nullProto({ id, find: (d: Document) => builtins.apply(find, factory, [d]) as PageDriver | undefined });
  }
  if (toContent) scheduleRefresh();
  return true;
}

try {
  const hook = { __proto__: null, configurable: false, enumerable: false, get: chainList, set: onHook };
  builtins.defineProperty(builtins.window, DRIVER_HOOK, hook as unknown as PropertyDescriptor);
} catch {
  // The name is taken: by an earlier loader of ours, which will hand on what it is not armed
  // for; or by the page (this loader was injected late), which then denies only itself.
  try {
    builtins.window[DRIVER_HOOK as never] = nullProto({ nextLoader: onHook, list: chainList }) as never;
  } catch {
    // the page's setter threw: no driver reaches this loader (no MAIN-world editor is found)
  }
}

// ---- requests from the content script ------------------------------------------------------

/** The attached driver, if it is the one the request was made for. */
function target(body: EditorTarget): Attached | undefined {
  const a = attached;
  return a && body.driver === a.driver.id && body.key === a.key ? a : undefined;
}

/**
 * What a request is answered with: a value now, or the driver's promise (apply). Objects
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
    if (!a) return now(nullProto({ ok: false, reason: 'stale', say: 'applyEditorGone' }));
    return later(a.driver.apply(body.edits, body.expected));
  },
  arm({ driver }: BridgeRequests['arm']) {
    if (loaded[driver]) return now('loaded');
    armed[driver] = true;
    return now('armed');
  },
  disarm({ driver }: BridgeRequests['disarm']) {
    delete armed[driver]; // the injection failed: nothing may arrive under that id in its place
    return now(true);
  },
  reveal(body: BridgeRequests['reveal']) {
    const a = target(body);
    if (!a?.driver.reveal) return now(false);
    a.driver.reveal(body.start, body.end, body.field);
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
    // The content script hears of its own edit before the answer.
    if (result.later && a && attached === a) reportChange(a);
    send({ kind: 'response', id, ok: true, value });
  };
  if (result.later) whenSettled(result.later, reply, fail);
  else reply(result.now);
}

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
