/**
 * Built-in functions of the page's MAIN world, saved when this module is evaluated. The MAIN-world
 * script runs at document_start, before any page script, so these are the originals: a page that
 * later replaces `EventTarget.prototype.dispatchEvent`, `JSON.stringify`, `CustomEvent.prototype.detail`
 * or `Function.prototype.call` cannot see or steer the bridge's traffic. Everything that touches a
 * bridge message goes through these, never through a property lookup at call time.
 */
import { nullProto } from './null-proto';

export { nullProto };

const call = Reflect.apply;
const proto = EventTarget.prototype;
const detailGetter = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
const hasOwn = Object.prototype.hasOwnProperty;
const moProto = MutationObserver.prototype;
const promiseThen = Promise.prototype.then;

export const builtins = {
  apply: call,
  document,
  CustomEvent,
  MutationObserver,
  AbortController,
  addEventListener: proto.addEventListener,
  removeEventListener: proto.removeEventListener,
  dispatchEvent: proto.dispatchEvent,
  detailGetter,
  observe: moProto.observe,
  disconnect: moProto.disconnect,
  stringify: JSON.stringify,
  parse: JSON.parse,
  isArray: Array.isArray,
  isSafeInteger: Number.isSafeInteger,
  keys: Object.keys,
  setPrototypeOf: Object.setPrototypeOf,
  hasOwn,
  setTimeout: setTimeout.bind(globalThis),
  clearTimeout: clearTimeout.bind(globalThis),
  setInterval: setInterval.bind(globalThis),
  clearInterval: clearInterval.bind(globalThis),
  queueMicrotask: queueMicrotask.bind(globalThis),
  promiseThen,
} as const;

/** `obj[key]` only when it is an own property: page-defined getters on Object.prototype never answer. */
export function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  return call(hasOwn, obj, [key]) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** The `detail` of a CustomEvent, read through the saved getter. */
export function eventDetail(event: Event): unknown {
  return call(detailGetter, event, []);
}

/** Dispatches a CustomEvent whose init dictionary has no prototype (no getter on Object.prototype sees it). */
export function dispatchString(target: EventTarget, type: string, detail: string): void {
  const init = { __proto__: null, detail, bubbles: false, cancelable: false, composed: false } as unknown as CustomEventInit<string>;
  call(builtins.dispatchEvent, target, [new builtins.CustomEvent(type, init)]);
}

/** Adds a listener through the saved built-in; returns the function that removes it. */
export function listen(target: EventTarget, type: string, fn: (event: Event) => void): () => void {
  call(builtins.addEventListener, target, [type, fn]);
  return () => call(builtins.removeEventListener, target, [type, fn]);
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
    call(promiseThen, promise, [onValue, onError]);
  } catch (error) {
    onError(error); // a page getter on Promise.prototype.constructor threw: no answer rather than a wrong one
  }
}
