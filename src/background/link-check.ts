import { checkLinks } from '../core/linkcheck/check-links';
import type { Clock, FetchLike, LinkCache, LinkCheckResult } from '../core/linkcheck/types';
import {
  dispatch,
  isEnvelopeOf,
  message,
  PANEL_TO_BACKGROUND_TYPES,
  type BackgroundToPanel,
  type Handlers,
  type PanelToBackground,
} from '../protocol/messages';
import { panelPairing, type PairableContent } from './pairing';
import type { Runtime } from 'webextension-polyfill';

/**
 * "Check links", run in the background worker: it holds the host permissions, so its fetches
 * reach the linked sites (a web page or the panel frame would be stopped by CORS). The panel
 * sends only addresses; results are cached in storage.session so a re-check while typing costs
 * nothing. One run per tab: a new request replaces the running one, Cancel or the panel going
 * away aborts it (the checker sends no request after that).
 */

/** The part of a runtime port the service uses (a fake one in tests). */
export interface PanelPort {
  sender?: Runtime.MessageSender;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface LinkCheckDeps {
  fetch: FetchLike;
  cache: LinkCache;
  /** Whether the extension holds the host permission for this http(s) origin. */
  mayVisit(origin: string): Promise<boolean>;
  /** This extension's id and the URL prefix of its pages: only its own panel pages may ask. */
  extensionId: string;
  extensionBase: string;
  /** The connected content scripts, to pair a panel with its tab. */
  contents(): readonly PairableContent[];
  clock?: Clock;
  timeoutMs?: number;
}

/** More than any real post has; keeps a misbehaving panel from queueing unbounded work. */
export const MAX_URLS = 5000;
export const MAX_URL_LENGTH = 4096;

interface Run {
  controller: AbortController;
  port: PanelPort;
}

export function createLinkCheckService(deps: LinkCheckDeps) {
  const runs = new Map<number, Run>();

  async function run(tabId: number, port: PanelPort, { runId, urls, baseUrl }: PanelToBackground['check-links']): Promise<void> {
    runs.get(tabId)?.controller.abort(new Error('replaced by a newer check'));
    const run: Run = { controller: new AbortController(), port };
    runs.set(tabId, run);
    const { signal } = run.controller;
    const send = <K extends keyof BackgroundToPanel>(type: K, payload: BackgroundToPanel[K]) => {
      try {
        port.postMessage(message<BackgroundToPanel, K>(type, payload));
      } catch {
        // The panel went away in the meantime; its disconnect already aborted the run.
      }
    };
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
          onProgress: ({ done, total }) => send('link-progress', { runId, done, total }),
        },
      );
      const results: (LinkCheckResult | null)[] = urls.map(() => null);
      checkable.forEach((c, i) => (results[c.index] = checked[i] ?? null));
      send('link-results', { runId, results, notAllowed });
    } catch (error) {
      if (signal.aborted) send('link-results', { runId, results: [], notAllowed: [], cancelled: true });
      else send('link-results', { runId, results: [], notAllowed: [], error: (error as Error)?.message ?? String(error) });
    } finally {
      if (runs.get(tabId) === run) runs.delete(tabId);
    }
  }

  /**
   * Serves link checks on a panel port, if it is this extension's panel paired with a tab's
   * content script (the same pairing the relay uses). Returns whether the port was accepted.
   */
  function attachPanel(port: PanelPort): boolean {
    const s = port.sender;
    if (!s || s.id !== deps.extensionId || !s.url?.startsWith(deps.extensionBase)) return false;
    const tabId = panelPairing(s, deps.contents())?.tabId;
    if (tabId === undefined) return false;
    const handlers: Handlers<PanelToBackground> = {
      'check-links': (payload) => {
        const request = validRequest(payload);
        if (request) void run(tabId, port, request);
      },
      'cancel-link-check': () => {
        const current = runs.get(tabId);
        if (current?.port === port) current.controller.abort(new Error('cancelled'));
      },
    };
    port.onMessage.addListener((msg) => {
      if (isEnvelopeOf(msg, PANEL_TO_BACKGROUND_TYPES)) dispatch(handlers, msg);
    });
    port.onDisconnect.addListener(() => {
      const current = runs.get(tabId);
      if (current?.port === port) current.controller.abort(new Error('the panel closed'));
    });
    return true;
  }

  return { attachPanel, runningTabs: () => [...runs.keys()] };
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

/** `https://example.org` for a web address (relative ones resolved against the base), else undefined. */
export function webOrigin(url: string, baseUrl?: string): string | undefined {
  try {
    const u = new URL(url.trim(), baseUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
