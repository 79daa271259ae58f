import { checkLinks } from '../core/linkcheck/check-links';
import type { Clock, FetchLike, LinkCache, LinkCheckResult } from '../core/linkcheck/types';
import type { BackgroundToPanel, PanelToBackground } from '../protocol/messages';
import { webOrigin } from '../protocol/origins';
import type { Peer, Routes } from './ports';

/**
 * "Check links", run in the background worker: it holds the host permissions, so its fetches
 * reach the linked sites (a web page or the panel frame would be stopped by CORS). The panel
 * sends only addresses; results are cached in storage.session so a re-check while typing costs
 * nothing, and a run the worker was stopped in the middle of is asked for again by the panel
 * and picks up from the cache. One run per panel: a new request replaces the running one,
 * Cancel or the panel going away aborts it (the checker sends no request after that).
 * Who may ask (this extension's own pages only) is checked by the port router.
 */

export interface LinkCheckDeps {
  fetch: FetchLike;
  cache: LinkCache;
  /** Whether the extension holds the host permission for this http(s) origin. */
  mayVisit(origin: string): Promise<boolean>;
  clock?: Clock;
  timeoutMs?: number;
}

/** More than any real post has; keeps a misbehaving panel from queueing unbounded work. */
export const MAX_URLS = 5000;
export const MAX_URL_LENGTH = 4096;

type PanelPeer = Peer<BackgroundToPanel>;

interface Run {
  controller: AbortController;
}

export function createLinkCheckService(deps: LinkCheckDeps) {
  const runs = new Map<object, Run>();
  const watched = new WeakSet<object>();

  async function run(peer: PanelPeer, { runId, urls, baseUrl }: PanelToBackground['check-links']): Promise<void> {
    runs.get(peer.key)?.controller.abort(new Error('replaced by a newer check'));
    const run: Run = { controller: new AbortController() };
    runs.set(peer.key, run);
    const { signal } = run.controller;
    try {
      const { checkable, notAllowed } = await partition(urls, baseUrl, deps.mayVisit);
      signal.throwIfAborted();
      const checked = await checkLinks(
        checkable.map((c) => c.url),
        {
          fetch: deps.fetch,
          cache: deps.cache,
          clock: deps.clock,
          timeoutMs: deps.timeoutMs,
          // Browsers answer `redirect: 'manual'` with an opaque response: follow then (see the checker's README).
          redirectMode: 'auto',
          signal,
          baseUrl,
          onProgress: ({ done, total }) => peer.post('link-progress', { runId, done, total }),
        },
      );
      const results: (LinkCheckResult | null)[] = urls.map(() => null);
      checkable.forEach((c, i) => (results[c.index] = checked[i] ?? null));
      peer.post('link-results', { runId, results, notAllowed });
    } catch (error) {
      if (signal.aborted) peer.post('link-results', { runId, results: [], notAllowed: [], cancelled: true });
      else peer.post('link-results', { runId, results: [], notAllowed: [], error: (error as Error)?.message ?? String(error) });
    } finally {
      if (runs.get(peer.key) === run) runs.delete(peer.key);
    }
  }

  /** A panel's run ends with its port. */
  const watch = (peer: PanelPeer) => {
    if (watched.has(peer.key)) return;
    watched.add(peer.key);
    peer.onGone(() => runs.get(peer.key)?.controller.abort(new Error('the panel closed')));
  };

  const routes: Routes<PanelToBackground, BackgroundToPanel> = {
    'check-links': (payload, from) => {
      const request = validRequest(payload);
      if (!request) return;
      watch(from);
      void run(from, request);
    },
    'cancel-link-check': (_payload, from) => runs.get(from.key)?.controller.abort(new Error('cancelled')),
    // Nothing to do: a message received is what keeps the background from its idle timeout.
    'link-check-waiting': () => undefined,
  };

  return { routes, runningCount: () => runs.size };
}

/** The payload as typed, or undefined: everything from a port is checked before use. */
function validRequest(p: unknown): PanelToBackground['check-links'] | undefined {
  const { runId, urls, baseUrl } = p as { runId?: unknown; urls?: unknown; baseUrl?: unknown };
  if (typeof runId !== 'number' || !Array.isArray(urls) || urls.length > MAX_URLS) return undefined;
  if (!urls.every((u) => typeof u === 'string' && u.length <= MAX_URL_LENGTH)) return undefined;
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !/^https?:\/\//i.test(baseUrl))) return undefined;
  return { runId, urls: urls as string[], baseUrl };
}

/**
 * Splits the URLs into those the checker may handle (granted sites, and anything it skips
 * without the network: mailto, relative without base…) and web addresses on sites the user
 * hasn't granted, which would only fail as "unreachable".
 */
async function partition(urls: readonly string[], baseUrl: string | undefined, mayVisit: (origin: string) => Promise<boolean>) {
  const checkable: { url: string; index: number }[] = [];
  const notAllowed = new Set<string>();
  const granted = new Map<string, Promise<boolean>>();
  for (const [index, url] of urls.entries()) {
    const origin = webOrigin(url, baseUrl);
    if (origin) {
      if (!granted.has(origin)) granted.set(origin, mayVisit(origin).catch(() => false));
      if (!(await granted.get(origin))) {
        notAllowed.add(origin);
        continue;
      }
    }
    checkable.push({ url, index });
  }
  return { checkable, notAllowed: [...notAllowed] };
}
