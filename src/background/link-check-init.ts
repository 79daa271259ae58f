import { browser } from '../platform/browser';
import type { CachedLinkResult, LinkCache } from '../core/linkcheck/types';
import { originPattern } from '../protocol/origins';
import { createLinkCheckService } from './link-check';

/** Results live in storage.session: kept while the browser runs (and the worker sleeps), gone on restart. */
const CACHE_PREFIX = 'linkcheck:';

export const sessionLinkCache: LinkCache = {
  get: async (key) => (await browser.storage.session.get(CACHE_PREFIX + key))[CACHE_PREFIX + key] as CachedLinkResult | undefined,
  set: (key, value) => browser.storage.session.set({ [CACHE_PREFIX + key]: value }),
};

/** The link-check service with the browser's fetch, cache and permissions; its routes go to the port router. */
export function linkCheckService() {
  return createLinkCheckService({
    // Called unbound by the checker; wrapped so `this` is never an issue.
    fetch: (url, init) => fetch(url, init),
    cache: sessionLinkCache,
    mayVisit: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
  });
}
