import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks, createMemoryCache, systemClock } from '../../../src/core/linkcheck';
import type { CheckLinksOptions, Clock } from '../../../src/core/linkcheck';
import { startLinkServer, type LinkServer } from '../../support/link-server';

const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'];
let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer({ addresses: HOSTS });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const base = (extra: Partial<CheckLinksOptions> = {}): CheckLinksOptions => ({ fetch: globalThis.fetch, timeoutMs: 2000, backoffMs: 20, ...extra });

/** The real clock, noting every wait the checker asks for. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: systemClock.now, sleep: (ms, signal) => (sleeps.push(ms), systemClock.sleep(ms, signal)) };
}

const slowLinks = (perHost: number, ms = 60) => HOSTS.flatMap((h) => Array.from({ length: perHost }, (_, i) => `${server.originFor(h)}/slow/${i}?ms=${ms}`));

describe('politeness and limits', () => {
  it('never has more than perHostConcurrency requests on one host', async () => {
    const results = await checkLinks(slowLinks(6), base({ perHostConcurrency: 2, globalConcurrency: 100 }));
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(server.maxInFlightPerHost.size).toBe(HOSTS.length);
    for (const [, max] of server.maxInFlightPerHost) expect(max).toBeLessThanOrEqual(2);
    // The hosts did run side by side, so it was the per-host limit that held each one at 2.
    expect(server.maxInFlight()).toBeGreaterThan(2);
  });

  it('never has more than globalConcurrency requests overall', async () => {
    await checkLinks(slowLinks(6), base({ perHostConcurrency: 4, globalConcurrency: 3 }));
    expect(server.maxInFlight()).toBeLessThanOrEqual(3);
    expect(server.maxInFlight()).toBeGreaterThan(1);
    for (const [, max] of server.maxInFlightPerHost) expect(max).toBeLessThanOrEqual(3);
  });

  it('waits for what Retry-After asks (503 and 429) before asking again', async () => {
    const clock = recordingClock();
    const results = await checkLinks([`${server.origin}/busy?after=1&key=r1`, `${server.origin}/limited?after=1&key=r1`], base({ clock }));
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    // 2000 ms are the request timeouts. The others: the 1 s asked for, once per retry, plus the
    // scheduler's wake-ups for the paused host (never longer than what was asked).
    const waits = clock.sleeps.filter((ms) => ms !== 2000);
    expect(waits.filter((ms) => ms > 980 && ms <= 1000).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...waits)).toBeLessThanOrEqual(1000);
    const hits = server.requests.filter((q) => q.path === '/busy');
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After is longer than the cap, and says why', async () => {
    const clock = recordingClock();
    const [r] = await checkLinks([`${server.origin}/busy?after=120&key=r2`], base({ clock, maxRetryAfterMs: 5000 }));
    expect(r).toMatchObject({ status: 'server-error', httpStatus: 503, requests: 1 });
    expect(r!.detail).toMatch(/120 s/);
    expect(clock.sleeps.filter((ms) => ms !== 2000)).toEqual([]);
  });

  it('backs off exponentially without Retry-After', async () => {
    const clock = recordingClock();
    await checkLinks([`${server.origin}/error`], base({ clock, backoffMs: 10, maxRetries: 3 }));
    expect(clock.sleeps.filter((ms) => ms !== 2000)).toEqual([10, 20, 40]);
  });

  it('fetches a URL once however often it appears (fragments ignored)', async () => {
    const ok = `${server.origin}/ok`;
    const results = await checkLinks([ok, `${ok}#a`, ok, `${ok}#b`, `${server.origin}/moved`, `${server.origin}/moved#x`], base());
    expect(server.count('/ok')).toBe(2); // once for itself, once as /moved's target
    expect(server.count('/moved')).toBe(1);
    expect(results.map((r) => r.url)).toEqual([ok, `${ok}#a`, ok, `${ok}#b`, `${server.origin}/moved`, `${server.origin}/moved#x`]);
    expect(results[5]!.replacementUrl).toBe(`${ok}#x`); // each link keeps its own fragment
  });

  it('a cached result makes no request, until its TTL has passed', async () => {
    const cache = createMemoryCache();
    let now = 1_000_000;
    const clock: Clock = { now: () => now, sleep: systemClock.sleep };
    const urls = [`${server.origin}/ok`, `${server.origin}/missing`];
    await checkLinks(urls, base({ cache, clock, cacheTtlMs: 60_000 }));
    const first = server.requests.length;
    expect(first).toBeGreaterThan(0);
    const again = await checkLinks(urls, base({ cache, clock, cacheTtlMs: 60_000 }));
    expect(server.requests.length).toBe(first);
    expect(again.map((r) => [r.status, r.fromCache, r.requests])).toEqual([
      ['ok', true, 0],
      ['broken', true, 0],
    ]);
    now += 61_000;
    await checkLinks(urls, base({ cache, clock, cacheTtlMs: 60_000 }));
    expect(server.requests.length).toBeGreaterThan(first);
  });

  it('transient failures are cached for a shorter time', async () => {
    const cache = createMemoryCache();
    let now = 0;
    const clock: Clock = { now: () => now, sleep: systemClock.sleep };
    const opts = base({ cache, clock, cacheTtlMs: 60_000, errorCacheTtlMs: 1000, maxRetries: 0 });
    await checkLinks([`${server.origin}/error`], opts);
    now += 2000;
    await checkLinks([`${server.origin}/error`], opts);
    expect(server.count('/error')).toBe(2);
  });

  it('reports progress as n of m, once per link', async () => {
    const seen: [number, number][] = [];
    await checkLinks([`${server.origin}/ok`, 'mailto:a@example.org', `${server.origin}/ok`], base({ onProgress: ({ done, total }) => seen.push([done, total]) }));
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('a cancelled run rejects at once and sends no request after the abort', async () => {
    const controller = new AbortController();
    const run = checkLinks(slowLinks(10, 200), base({ signal: controller.signal, perHostConcurrency: 1, globalConcurrency: 2 }));
    await until(() => server.requests.length >= 2);
    controller.abort(new Error('user cancelled'));
    const abortedAt = server.requests.length;
    await expect(run).rejects.toThrow('user cancelled');
    await new Promise((r) => setTimeout(r, 400)); // long enough for more requests, were any sent
    expect(server.requests.length).toBe(abortedAt);
    expect(abortedAt).toBeLessThan(40);
  });

  it('a run cancelled while waiting for Retry-After stops waiting and sends nothing more', async () => {
    const controller = new AbortController();
    const run = checkLinks([`${server.origin}/busy?after=10&key=r3`], base({ signal: controller.signal }));
    await until(() => server.count('/busy') === 1);
    controller.abort();
    await expect(run).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(server.count('/busy')).toBe(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    await expect(checkLinks([`${server.origin}/ok`], base({ signal: AbortSignal.abort() }))).rejects.toThrow();
    expect(server.requests).toHaveLength(0);
  });
});

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a failing cache', () => {
  it('costs a re-check, not the check', async () => {
    const cache = {
      get: () => Promise.reject(new Error('quota')),
      set: () => {
        throw new Error('quota');
      },
    };
    const [r] = await checkLinks([`${server.origin}/ok`], base({ cache }));
    expect(r).toMatchObject({ status: 'ok', requests: 1 });
  });
});

describe('cancelling while nothing is in flight', () => {
  it('rejects at once even when the only pending work is a slow cache', async () => {
    const controller = new AbortController();
    const cache = { get: () => new Promise<undefined>(() => {}), set: () => {} }; // never answers
    const run = checkLinks([`${server.origin}/ok`], base({ cache, signal: controller.signal }));
    controller.abort(new Error('cancel'));
    await expect(run).rejects.toThrow('cancel');
  });
});
