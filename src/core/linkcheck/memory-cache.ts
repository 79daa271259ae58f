import type { CachedLinkResult, LinkCache } from './types';

/** A Map behind the cache interface: for tests, and the panel's session if nothing better is at hand. */
export function createMemoryCache(): LinkCache & { readonly size: number } {
  const entries = new Map<string, CachedLinkResult>();
  return {
    get: (key) => entries.get(key),
    set: (key, value) => void entries.set(key, value),
    get size() {
      return entries.size;
    },
  };
}
