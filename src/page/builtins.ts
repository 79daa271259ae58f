/**
 * Built-in functions of the page's MAIN world, saved by `captureBuiltins()`. Only the MAIN-world
 * loader (src/page/main-world.ts) calls it, first thing, at document_start, before any page
 * script runs, so these are the originals: a page that later replaces
 * `EventTarget.prototype.dispatchEvent`, `JSON.stringify`, `CustomEvent.prototype.detail` or
 * `Function.prototype.call` cannot see or steer the bridge's traffic. Everything that touches a
 * bridge message goes through these, never through a property lookup at call time.
 *
 * A driver bundle (src/page/driver-bundle.ts) is evaluated late, after page scripts: it never
 * captures anything itself, it adopts the loader's saved set (`adoptBuiltins`) before any of
 * its code runs. Capturing is therefore an explicit call, never a side effect of importing.
 */
import { adoptObjectBuiltins, nullProto } from './null-proto';

export { nullProto };

/** Saves the built-ins. Call once, at document_start, in the loader only. */
export function captureBuiltins() {
  const proto = EventTarget.prototype;
  const moProto = MutationObserver.prototype;
  return {
    apply: Reflect.apply,
    document,
    window: globalThis as Window & typeof globalThis,
    CustomEvent,
    MutationObserver,
    AbortController,
    addEventListener: proto.addEventListener,
    removeEventListener: proto.removeEventListener,
    dispatchEvent: proto.dispatchEvent,
    detailGetter: Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!,
    observe: moProto.observe,
    disconnect: moProto.disconnect,
    stringify: JSON.stringify,
    parse: JSON.parse,
    isArray: Array.isArray,
    isSafeInteger: Number.isSafeInteger,
    keys: Object.keys,
    setPrototypeOf: Object.setPrototypeOf,
    defineProperty: Object.defineProperty,
    hasOwn: Object.prototype.hasOwnProperty,
    setTimeout: setTimeout.bind(globalThis),
    clearTimeout: clearTimeout.bind(globalThis),
    setInterval: setInterval.bind(globalThis),
    clearInterval: clearInterval.bind(globalThis),
    queueMicrotask: queueMicrotask.bind(globalThis),
    promiseThen: Promise.prototype.then,
  } as const;
}

export type Builtins = ReturnType<typeof captureBuiltins>;

/**
 * The saved built-ins this bundle uses: set by `adoptBuiltins` before anything reads it (the
 * loader adopts its own capture at once; a driver bundle adopts what the loader hands it).
 */
export let builtins: Builtins = undefined as unknown as Builtins;

export function adoptBuiltins(saved: Builtins): void {
  builtins = saved;
  adoptObjectBuiltins(saved);
}

/** `obj[key]` only when it is an own property: page-defined getters on Object.prototype never answer. */
export function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  return builtins.apply(builtins.hasOwn, obj, [key]) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** The `detail` of a CustomEvent, read through the saved getter. */
export function eventDetail(event: Event): unknown {
  return builtins.apply(builtins.detailGetter, event, []);
}

/** Dispatches a CustomEvent whose init dictionary has no prototype (no getter on Object.prototype sees it). */
export function dispatchString(target: EventTarget, type: string, detail: string): void {
  const init = { __proto__: null, detail, bubbles: false, cancelable: false, composed: false } as unknown as CustomEventInit<string>;
  builtins.apply(builtins.dispatchEvent, target, [new builtins.CustomEvent(type, init)]);
}

/** Adds a listener through the saved built-in; returns the function that removes it. */
export function listen(target: EventTarget, type: string, fn: (event: Event) => void): () => void {
  builtins.apply(builtins.addEventListener, target, [type, fn]);
  return () => builtins.apply(builtins.removeEventListener, target, [type, fn]);
}

/**
 * A deep copy of JSON-like data whose objects and arrays have no prototype, so `JSON.stringify`
 * finds no page-defined `toJSON` on the way and a page cannot read the messages we serialize.
 */
export function bare(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (builtins.isArray(value)) {
    const list = value as unknown[];
    // Prototype first: writing index i of an ordinary array would run a page setter for "i"
    // defined on Array.prototype or Object.prototype.
    const copy = builtins.setPrototypeOf([], null) as unknown[];
    for (let i = 0; i < list.length; i++) copy[i] = bare(list[i]);
    return copy;
  }
  const copy = builtins.setPrototypeOf({}, null) as Record<string, unknown>;
  const keys = builtins.keys(value);
  for (let i = 0; i < keys.length; i++) copy[keys[i]!] = bare((value as Record<string, unknown>)[keys[i]!]);
  return copy;
}

/**
 * Calls `onValue` with what `promise` fulfils with, through the `then` saved at document_start.
 * Never `await` a promise whose value matters here: `await` reads `promise.constructor`, and a
 * page that hides Promise.prototype.constructor makes every await go through its own
 * Promise.prototype.then, which sees and can replace the value.
 */
export function whenSettled<T>(promise: Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): void {
  try {
    builtins.apply(builtins.promiseThen, promise, [onValue, onError]);
  } catch (error) {
    onError(error); // a page getter on Promise.prototype.constructor threw: no answer rather than a wrong one
  }
}
