import { checkUrl, type KeyResult, type UrlCheckContext } from './check-url';
import { classifyUrl } from './classify-url';
import { SETTLED, systemClock } from './clock';
import { trustCached } from './trust-cached';
import { createScheduler } from './scheduler';
import type { CachedLinkResult, CheckLinksOptions, LinkCheckResult, LinkStatus } from './types';

export const LINK_CHECK_DEFAULTS = {
  perHostConcurrency: 2,
  globalConcurrency: 8,
  timeoutMs: 10_000,
  maxRedirects: 20,
  maxRetries: 2,
  backoffMs: 500,
  maxRetryAfterMs: 30_000,
  cacheTtlMs: 60 * 60 * 1000,
  errorCacheTtlMs: 60 * 1000,
} as const;

/** Results that may change within minutes are kept for a shorter time. */
const TRANSIENT: ReadonlySet<LinkStatus> = new Set(['timeout', 'unreachable', 'server-error']);

/**
 * Checks every URL, one network check per distinct absolute URL (fragment ignored), cached
 * results first. Results come back in the order of `urls`. Rejects with the signal's reason
 * when cancelled; from that moment no request is sent.
 */
export async function checkLinks(urls: readonly string[], options: CheckLinksOptions): Promise<LinkCheckResult[]> {
  const o = { ...LINK_CHECK_DEFAULTS, ...withoutUndefined(options) };
  const clock = o.clock ?? systemClock;
  const signal = o.signal;
  signal?.throwIfAborted();
  // Ends with the run (or its cancellation), taking the scheduler's wake-up timers with it so
  // they don't keep a CLI process alive after the results are in.
  const lifetime = new AbortController();
  signal?.addEventListener('abort', () => lifetime.abort(signal.reason), { once: true, signal: lifetime.signal });
  const scheduler = createScheduler({
    perHost: o.perHostConcurrency,
    global: o.globalConcurrency,
    now: clock.now,
    wakeAfter: (ms, wake) => void clock.sleep(ms, lifetime.signal).then(wake, () => {}),
  });
  const ctx: UrlCheckContext = {
    fetch: o.fetch,
    clock,
    timeoutMs: o.timeoutMs,
    headers: o.headers,
    signal,
    scheduler,
    maxRedirects: o.maxRedirects,
    maxRetries: o.maxRetries,
    backoffMs: o.backoffMs,
    maxRetryAfterMs: o.maxRetryAfterMs,
    redirectMode: o.redirectMode ?? 'manual',
  };

  const total = urls.length;
  let done = 0;
  const results: LinkCheckResult[] = new Array(total);
  const settle = (index: number, result: LinkCheckResult): void => {
    results[index] = result;
    done++;
    o.onProgress?.({ done, total, result });
  };

  // One promise per key: duplicates share it, so each URL is fetched (or looked up) once.
  const byKey = new Map<string, Promise<KeyResult & { fromCache?: boolean }>>();
  const lookup = async (key: string) => {
    const cached = await cacheGet(key);
    // A time in the future would keep an entry fresh for ever.
    const trusted = cached && typeof cached.checkedAt === 'number' && cached.checkedAt <= clock.now() ? trustCached(key, cached.result) : undefined;
    if (cached && trusted) {
      const ttl = TRANSIENT.has(trusted.status) ? o.errorCacheTtlMs : o.cacheTtlMs;
      if (clock.now() - cached.checkedAt < ttl) return { ...trusted, requests: 0, fromCache: true };
    }
    signal?.throwIfAborted();
    const fresh = await checkUrl(key, ctx);
    if (fresh.status !== 'redirected') delete fresh.replacementUrl;
    await cacheSet(key, { result: { url: key, key, ...fresh }, checkedAt: clock.now() });
    return fresh;
  };
  // A cache that fails (quota, a locked file) costs a re-check, never the check itself.
  const cacheGet = async (key: string) => {
    try {
      return await o.cache?.get(key);
    } catch {
      return undefined;
    }
  };
  const cacheSet = async (key: string, value: CachedLinkResult) => {
    try {
      await o.cache?.set(key, value);
    } catch {
      // ignored, see above
    }
  };

  const pending: Promise<void>[] = [];
  urls.forEach((url, index) => {
    const c = classifyUrl(url, o.baseUrl);
    if (c.kind === 'skip') {
      settle(index, { url, status: 'skipped', skipReason: c.reason, emailValid: c.emailValid, detail: c.detail, redirects: [], requests: 0 });
      return;
    }
    let shared = byKey.get(c.key);
    if (!shared) byKey.set(c.key, (shared = lookup(c.key)));
    pending.push(
      shared.then((r) => {
        // Shared and cached results are fragment-free; each link gets its own fragment back.
        settle(index, { ...r, url, key: c.key, finalUrl: refragment(r.finalUrl, c.fragment), replacementUrl: refragment(r.replacementUrl, c.fragment) });
      }),
    );
  });

  // Cancelling must reject at once, even while requests are still unwinding.
  try {
    // `lifetime` aborts with the run signal's reason; its final SETTLED abort comes after the race is decided.
    await Promise.race([Promise.all(pending), aborted(lifetime.signal)]);
  } finally {
    lifetime.abort(SETTLED);
  }
  return results;
}

/** The link's own fragment wins (it's the editor's anchor); otherwise the redirect's, if any. */
function refragment(url: string | undefined, fragment: string): string | undefined {
  if (url === undefined) return undefined;
  const bare = url.replace(/#.*$/s, '');
  const own = /#.*$/s.exec(url)?.[0] ?? '';
  return bare + (fragment || own);
}

/** Rejects with the reason when `signal` aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
