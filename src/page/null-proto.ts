/**
 * Null-prototype results for the MAIN world, apart from builtins.ts so that drivers can use it
 * without the DOM. The two functions it needs are the ones the MAIN-world loader saved at
 * document_start (`adoptObjectBuiltins`, called by builtins.ts `adoptBuiltins`): a driver bundle
 * is evaluated late, after page scripts, so it must never take them from the globals itself.
 */
export interface ObjectBuiltins {
  setPrototypeOf: typeof Object.setPrototypeOf;
  keys: typeof Object.keys;
}

let saved: ObjectBuiltins | undefined;

/** Hands this module the saved functions (the loader's own, or those it gave a driver bundle). */
export function adoptObjectBuiltins(fns: ObjectBuiltins): void {
  saved = fns;
}

/**
 * A shallow copy of `value` without a prototype. Return these from every MAIN-world function
 * whose result resolves a promise (async functions, `resolve(x)`): resolving with an object
 * looks up `x.then`, and a page getter on Object.prototype would see the object and could
 * resolve the promise with a forgery instead.
 */
export function nullProto<T extends object>(value: T): T {
  if (!saved) throw new Error('nullProto: no saved built-ins (adoptBuiltins was not called)');
  const copy = saved.setPrototypeOf({}, null) as Record<string, unknown>;
  const names = saved.keys(value);
  for (let i = 0; i < names.length; i++) copy[names[i]!] = (value as Record<string, unknown>)[names[i]!];
  return copy as T;
}
