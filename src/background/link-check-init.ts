import { browser, type Runtime } from '../platform/browser';
import { PORT_PANEL } from '../protocol/messages';
import type { CachedLinkResult, LinkCache } from '../core/linkcheck/types';
import { originPattern } from '../options/settings';
import { pairableContents } from './relay';
import { createLinkCheckService } from './link-check';

/** Results live in storage.session: kept while the browser runs (and the worker sleeps), gone on restart. */
const CACHE_PREFIX = 'linkcheck:';

export const sessionLinkCache: LinkCache = {
  get: async (key) => (await browser.storage.session.get(CACHE_PREFIX + key))[CACHE_PREFIX + key] as CachedLinkResult | undefined,
  set: (key, value) => browser.storage.session.set({ [CACHE_PREFIX + key]: value }),
};

/** Wires the link-check service to panel ports (registered after the relay, which pairs them first). */
export function init(signal: AbortSignal): void {
  const service = createLinkCheckService({
    // Called unbound by the checker; wrapped so `this` is never an issue.
    fetch: (url, init) => fetch(url, init),
    cache: sessionLinkCache,
    mayVisit: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    extensionId: browser.runtime.id,
    extensionBase: browser.runtime.getURL(''),
    contents: pairableContents,
  });
  const onConnect = (port: Runtime.Port) => {
    if (port.name === PORT_PANEL) service.attachPanel(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
}
