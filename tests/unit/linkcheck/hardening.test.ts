import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, checkPostLinks, createMemoryCache } from '../../../src/core/linkcheck';
import type { CachedLinkResult, Clock, FetchLike, LinkRequestInit, LinkResponse } from '../../../src/core/linkcheck';
import { isInternalHost, isInternalIp } from '../../../src/core/linkcheck/internal-address';
import { parseRetryAfter } from '../../../src/core/linkcheck/retry';
import { analyze } from '../../../src/core/index';
import { applyLinkFixes } from '../../../src/cli/links';
import { linkFindingsToDiagnostics } from '../../../src/core/linkcheck';
import { createNodeFetch } from '../../../src/node/http-fetch';
import { startLinkServer, type LinkServer } from '../../support/link-server';

let server: LinkServer;
beforeAll(async () => void (server = await startLinkServer()));
afterAll(() => server.close());

/** A fake site map: url → answer; every call is logged with its init. */
function fakeFetch(answers: Record<string, Partial<LinkResponse> | ((init: LinkRequestInit) => Partial<LinkResponse>)>) {
  const calls: { url: string; init: LinkRequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const a = answers[url];
    if (!a) throw new TypeError('Failed to fetch');
    const answer = typeof a === 'function' ? a(init) : a;
    return { status: 200, headers: { get: () => null }, body: null, ...answer };
  };
  return Object.assign(fetch, { calls });
}
const redirect = (status: number, location: string, extra: Partial<LinkResponse> = {}): Partial<LinkResponse> => ({ status, headers: { get: (n) => (n === 'location' ? location : null) }, ...extra });
const PUBLIC = { remoteAddress: '93.184.215.14' };

describe('internal addresses (issue 10 item 6)', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true], ['172.32.0.1', false],
    ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['8.8.8.8', false],
    ['[::1]', true], ['[::]', true], ['[::ffff:7f00:1]', true], ['[::ffff:a00:1]', true], ['[::ffff:808:808]', false], ['[fd12:3456::1]', true],
    ['[fe80::1]', true], ['[64:ff9b::a00:1]', true], ['[2002:c0a8:101::1]', true], ['[2001:db8::1]', false], ['[2606:4700::1111]', false],
    ['localhost', true], ['localhost.', true], ['app.localhost', true], ['printer.local', true], ['db.internal', true], ['intranet', true], ['nas.home.arpa', true],
    ['example.org', false], ['localhost.example.org', false],
  ])('%s is internal: %s', (host, internal) => {
    expect(isInternalHost(host)).toBe(internal);
  });

  it('reads a hostile host name with a long run of dots (no timing assertion: the old pattern took minutes at this size, past the test timeout)', () => {
    expect(isInternalHost(`a${'.'.repeat(500_000)}x`)).toBe(false);
    expect(isInternalHost(`printer.local${'.'.repeat(500_000)}`)).toBe(true);
    expect(isInternalHost('.'.repeat(500_000))).toBe(true);
  });

  it('reads the address forms a socket reports', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'fe80::1%eth0'].map(isInternalIp)).toEqual([true, true, true, true, true]);
    expect(['93.184.215.14', '2606:4700::1111', '::ffff:8.8.8.8'].map(isInternalIp)).toEqual([false, false, false]);
  });

  it.each([
    'http://127.0.0.1:8080/admin',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/', // 127.0.0.1 in decimal, as URL parsing normalizes it
    'http://localhost./',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00::5]/',
    'http://intranet/wiki',
  ])('a public link redirecting to %s is refused: not followed, no fix, reported', async (target) => {
    const fetch = fakeFetch({ 'https://news.example/story': redirect(301, target, PUBLIC), [new URL(target).href]: { status: 200 } });
    const [r] = await checkLinks(['https://news.example/story'], { fetch });
    expect(r).toMatchObject({ status: 'broken', internalRedirect: true });
    expect(r!.replacementUrl).toBeUndefined();
    expect(fetch.calls.map((c) => c.url)).toEqual(['https://news.example/story']);
  });

  it('a public name that resolves to the local network is refused on the hop (the fetch is asked to refuse, or reports the address)', async () => {
    const refusing = fakeFetch({
      'https://news.example/story': redirect(301, 'https://wiki.corp.example/', PUBLIC),
      'https://wiki.corp.example/': (init) => {
        if (init.refuseInternal) throw Object.assign(new Error('refused'), { code: 'EINTERNALADDRESS' });
        return { status: 200 };
      },
    });
    const [a] = await checkLinks(['https://news.example/story'], { fetch: refusing });
    expect(a).toMatchObject({ status: 'broken', internalRedirect: true });
    expect(refusing.calls[1]!.init.refuseInternal).toBe(true);
    // A fetch that can't refuse but says where it connected: refused after the fact.
    const reporting = fakeFetch({ 'https://news.example/story': redirect(301, 'https://wiki.corp.example/', PUBLIC), 'https://wiki.corp.example/': { status: 200, remoteAddress: '10.0.0.7' } });
    const [b] = await checkLinks(['https://news.example/story'], { fetch: reporting });
    expect(b).toMatchObject({ status: 'broken', internalRedirect: true });
    expect(b!.replacementUrl).toBeUndefined();
  });

  it('a link that is itself internal may redirect within the local network', async () => {
    const [r] = await checkLinks([`${server.origin}/moved`], { fetch: createNodeFetch() });
    expect(r).toMatchObject({ status: 'redirected', replacementUrl: `${server.origin}/ok` });
    const viaName = fakeFetch({ 'https://intranet.corp.example/a': redirect(301, 'http://10.0.0.8/b', { remoteAddress: '10.0.0.7' }), 'http://10.0.0.8/b': { status: 200 } });
    const [s] = await checkLinks(['https://intranet.corp.example/a'], { fetch: viaName });
    expect(s).toMatchObject({ status: 'redirected', replacementUrl: 'http://10.0.0.8/b' });
  });

  it("in browsers ('auto'/'follow'), a public link whose redirects end on the local network is refused too", async () => {
    const fetch = fakeFetch({ 'https://news.example/story': (init) => (init.redirect === 'manual' ? { type: 'opaqueredirect', status: 0 } : { status: 200, redirected: true, url: 'http://192.168.1.1/' }) });
    const [r] = await checkLinks(['https://news.example/story'], { fetch, redirectMode: 'auto' });
    expect(r).toMatchObject({ status: 'broken', internalRedirect: true });
  });

  it("the CLI's fetch refuses to connect to an internal address when asked (names resolved by DNS, and literal IPs)", async () => {
    const fetch = createNodeFetch();
    try {
      const init = (refuseInternal: boolean): LinkRequestInit => ({ method: 'HEAD', redirect: 'manual', credentials: 'omit', signal: new AbortController().signal, refuseInternal });
      await expect(fetch(`http://localhost:${server.port}/ok`, init(true))).rejects.toMatchObject({ code: 'EINTERNALADDRESS' });
      await expect(fetch(`${server.origin}/ok`, init(true))).rejects.toMatchObject({ code: 'EINTERNALADDRESS' });
      expect((await fetch(`http://localhost:${server.port}/ok`, init(false))).status).toBe(200);
      expect((await fetch(`${server.origin}/ok`, init(false))).remoteAddress).toBe('127.0.0.1');
    } finally {
      fetch.close();
    }
  });

  it('the finding says so, and --fix never writes an internal target even if a fix asked for it', async () => {
    const text = '---\ntitle: x\n---\nSee [the story](https://news.example/story).\n';
    const report = analyze(text, { preview: false, suggestions: false });
    const fetch = fakeFetch({ 'https://news.example/story': redirect(301, 'http://10.0.0.1/', PUBLIC) });
    const { diagnostics } = await checkPostLinks(report, { fetch });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/local or private network.*no fix will write it/) })]);
    expect(diagnostics[0]!.fix).toBeUndefined();
    const start = text.indexOf('https://news.example/story');
    const forged = linkFindingsToDiagnostics(text, [{ ...diagnostics[0]!, fix: { description: 'x', edits: [{ start, end: start + 26, text: 'http://10.0.0.1/' }] } }]);
    expect(applyLinkFixes(text, forged)).toEqual({ text, fixed: 0 });
  });
});

describe('a link cache is never trusted to change a post (issue 10 item 6)', () => {
  const entry = (result: object, checkedAt = Date.now()): CachedLinkResult => ({ checkedAt, result: result as CachedLinkResult['result'] });
  const run = async (cached: CachedLinkResult) => {
    const cache = createMemoryCache();
    cache.set('https://news.example/story', cached);
    const fetch = fakeFetch({ 'https://news.example/story': { status: 200, ...PUBLIC } });
    const [r] = await checkLinks(['https://news.example/story'], { fetch, cache });
    return { r: r!, requests: fetch.calls.length };
  };

  it('derives the replacement from the cached chain, never from a cached replacementUrl', async () => {
    const { r } = await run(entry({ url: 'https://news.example/story', status: 'redirected', redirects: [], replacementUrl: 'https://evil.example/', requests: 1 }));
    expect(r.replacementUrl).toBeUndefined();
    const chained = await run(entry({ status: 'redirected', redirects: [{ url: 'https://news.example/story', status: 302, location: 'https://news.example/new' }], replacementUrl: 'https://news.example/new', requests: 2 }));
    expect(chained.r.replacementUrl).toBeUndefined(); // a temporary move is not a fix
  });

  it('a cached chain into the local network stays a refusal', async () => {
    const { r } = await run(entry({ status: 'redirected', redirects: [{ url: 'https://news.example/story', status: 301, location: 'http://127.0.0.1/admin' }], requests: 1 }));
    expect(r).toMatchObject({ status: 'broken', internalRedirect: true, fromCache: true });
    expect(r.replacementUrl).toBeUndefined();
  });

  it('checks again instead of using a malformed entry, a chain that does not start at the link, or a time in the future', async () => {
    for (const bad of [
      entry({ status: 'fine', redirects: [] }),
      entry({ status: 'ok', redirects: 'none' }),
      entry({ status: 'redirected', redirects: [{ url: 'https://elsewhere.example/', status: 301, location: 'https://evil.example/' }] }),
      entry({ status: 'redirected', redirects: [{ url: 'https://news.example/story', status: 301, location: 'javascript:alert(1)' }] }),
      entry({ status: 'ok', redirects: [] }, Date.now() + 365 * 24 * 3600 * 1000),
    ]) {
      const { r, requests } = await run(bad);
      expect(requests).toBe(1);
      expect(r).toMatchObject({ status: 'ok' });
    }
  });
});

describe('link checker details (issue 13 item 6)', () => {
  /** Records the waits; resolves them at once, but never a request timeout (those are long here). */
  const fakeClock = (): Clock & { sleeps: number[] } => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const sleeps: number[] = [];
    return {
      sleeps,
      now: () => now,
      sleep: (ms, signal) => {
        if (ms >= 1e9) return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    };
  };
  const slow = { timeoutMs: 1e9 };

  it('999 (LinkedIn) is treated like 403: asked again with GET, then a warning, not an error', async () => {
    const fetch = fakeFetch({ 'https://www.linkedin.example/in/someone': { status: 999 } });
    const text = '---\ntitle: x\n---\n[me](https://www.linkedin.example/in/someone)\n';
    const { results, diagnostics } = await checkPostLinks(analyze(text, { preview: false, suggestions: false }), { fetch });
    expect(fetch.calls.map((c) => c.init.method)).toEqual(['HEAD', 'GET']);
    expect(results[0]).toMatchObject({ status: 'broken', httpStatus: 999 });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/refused the check/) })]);
  });

  it('Retry-After as a date already past waits the backoff, not 0 ms (no burst of retries)', async () => {
    const clock = fakeClock();
    let n = 0;
    const past = new Date(clock.now() - 60_000).toUTCString();
    const fetch = fakeFetch({ 'https://busy.example/': () => (n++ < 2 ? { status: 503, headers: { get: (h: string) => (h === 'retry-after' ? past : null) } } : { status: 200 }) });
    const [r] = await checkLinks(['https://busy.example/'], { fetch, clock, backoffMs: 500, ...slow });
    expect(r!.status).toBe('ok');
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it('Retry-After as a date in the future waits until then when that is longer than the backoff', async () => {
    const clock = fakeClock();
    let n = 0;
    const later = new Date(clock.now() + 5_000).toUTCString();
    const fetch = fakeFetch({ 'https://busy.example/': () => (n++ < 1 ? { status: 429, headers: { get: (h: string) => (h === 'retry-after' ? later : null) } } : { status: 200 }) });
    await checkLinks(['https://busy.example/'], { fetch, clock, backoffMs: 500, ...slow });
    expect(clock.sleeps).toEqual([5000]);
  });

  it('tolerates Retry-After: 2s (and 1.5, 3 seconds)', () => {
    expect(['2s', ' 2 s', '1.5', '3 seconds', '120'].map((v) => parseRetryAfter(v, 0))).toEqual([2000, 2000, 1500, 3000, 120_000]);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('follows up to 20 redirects like browsers; the 21st is too many', async () => {
    const [twenty, more] = await checkLinks([`${server.origin}/chain/20`, `${server.origin}/chain/21`], { fetch: createNodeFetch() });
    expect(twenty).toMatchObject({ status: 'redirected', finalUrl: `${server.origin}/ok` });
    expect(twenty!.redirects).toHaveLength(20);
    expect(more).toMatchObject({ status: 'broken', tooManyRedirects: true });
  });

  it("in the extension ('auto': opaque manual answers), a redirect loop is a loop after a bounded number of requests", async () => {
    // A browser following /loop/a ↔ /loop/b gives up after 20 redirects (21 requests) with "Failed to fetch".
    let networkRequests = 0;
    const fetch = fakeFetch({
      'https://loop.example/a': (init) => {
        if (init.redirect === 'manual') return (networkRequests++, { type: 'opaqueredirect', status: 0 });
        networkRequests += 21;
        throw new TypeError('Failed to fetch');
      },
    });
    const [r] = await checkLinks(['https://loop.example/a'], { fetch, redirectMode: 'auto', backoffMs: 1 });
    expect(r).toMatchObject({ status: 'broken', loop: true });
    expect(networkRequests).toBeLessThanOrEqual(1 + 2 * 21); // manual HEAD, then HEAD and GET once each; no retries
    const text = '---\ntitle: x\n---\n[loop](https://loop.example/a)\n';
    const { diagnostics } = await checkPostLinks(analyze(text, { preview: false, suggestions: false }), { fetch, redirectMode: 'auto', backoffMs: 1 });
    expect(diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/loop/) });
  });
});
