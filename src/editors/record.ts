/** Reading untrusted values from the page's world, and the records made from them. */

/**
 * `value[key]` only when it is an own property. Values parsed from the page are read this way
 * throughout: a read that falls back to a prototype would run whatever getter sits there, and
 * data from the page is never to steer code. (In both browsers the content script's prototypes
 * are its own, not the page's; this keeps it so even if a value ever came from the page's world.)
 */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A plain record of the given fields, without a prototype (resolving a promise with it looks up no `then`). */
export function record<T extends object>(fields: T): T {
  return Object.assign(Object.create(null) as object, fields) as T;
}
