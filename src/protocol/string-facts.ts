/**
 * The facts a message may carry into a sentence the panel says (CSS property names, a CMS's name,
 * a field path): only the named ones, each a string, cut to `max` characters. Own data properties only:
 * such values can come from the page's world, and a read that falls back to a prototype, or an
 * own getter, would run whatever code sits there. Shared by the page bridge's apply results and the content script's
 * hidden-panel reasons, so both refuse the same things the same way.
 *
 * Returns undefined when no facts were given, null when `value` is not a set of string facts.
 */
export function stringFacts<K extends string>(value: unknown, names: readonly K[], max: number): Partial<Record<K, string>> | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return null;
  const facts: Partial<Record<K, string>> = Object.create(null) as Partial<Record<K, string>>;
  for (const name of names) {
    const v = ownData(value, name);
    if (v === undefined) continue;
    if (typeof v !== 'string') return null;
    facts[name] = v.slice(0, max);
  }
  return facts;
}

/** `value[key]` when it is an own data property (an inherited value or an own getter is not read, and no getter runs). */
export function ownData(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}
