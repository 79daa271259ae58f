/**
 * Null-prototype results for the MAIN world, apart from builtins.ts so that drivers can use it
 * without the DOM. Both functions are saved when the module is evaluated (document_start).
 */
const setPrototypeOf = Object.setPrototypeOf;
const keys = Object.keys;

/**
 * A shallow copy of `value` without a prototype. Return these from every MAIN-world function
 * whose result resolves a promise (async functions, `resolve(x)`): resolving with an object
 * looks up `x.then`, and a page getter on Object.prototype would see the object and could
 * resolve the promise with a forgery instead.
 */
export function nullProto<T extends object>(value: T): T {
  const copy = setPrototypeOf({}, null) as Record<string, unknown>;
  const names = keys(value);
  for (let i = 0; i < names.length; i++) copy[names[i]!] = (value as Record<string, unknown>)[names[i]!];
  return copy as T;
}
