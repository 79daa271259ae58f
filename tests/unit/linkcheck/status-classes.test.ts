import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/linkcheck';
import type { CheckLinksOptions, FetchLike, LinkCheckResult } from '../../../src/core/linkcheck';
import { createNodeFetch } from '../../../src/node/http-fetch';
import { BIG_BODY_BYTES, startLinkServer, viaFakeTls, type LinkServer } from '../../support/link-server';

let server: LinkServer;
const nodeFetch = createNodeFetch();
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(async () => {
  nodeFetch.close();
  await server.close();
});
beforeEach(() => server.reset());

// The same expectations for Node's global fetch (undici, what the tests inject elsewhere) and
// for the CLI's keep-alive fetch on node:http.
describe.each([
  ['global fetch (undici)', globalThis.fetch as FetchLike],
  ['node:http keep-alive fetch', nodeFetch as FetchLike],
])('status classes against a real local server, with %s', (_name, transport) => {
  const TIMEOUT = 500;
  const options = (extra: Partial<CheckLinksOptions> = {}): CheckLinksOptions => ({
    fetch: viaFakeTls(transport),
    timeoutMs: TIMEOUT,
    backoffMs: 20,
    ...extra,
  });
  const check = async (path: string, extra?: Partial<CheckLinksOptions>): Promise<LinkCheckResult> => {
    const [result] = await checkLinks([path.startsWith('http') ? path : server.origin + path], options(extra));
    return result!;
  };

  it('200 is ok, after one HEAD', async () => {
    const r = await check('/ok');
    expect(r).toMatchObject({ status: 'ok', httpStatus: 200, method: 'HEAD', requests: 1, redirects: [] });
    expect(server.requests.map((q) => q.method)).toEqual(['HEAD']);
  });

  it('301 and 308 are permanent moves with a replacement URL', async () => {
    for (const path of ['/moved', '/moved-308']) {
      const r = await check(path);
      expect(r.status).toBe('redirected');
      expect(r.permanent).toBe(true);
      expect(r.finalUrl).toBe(`${server.origin}/ok`);
      expect(r.replacementUrl).toBe(`${server.origin}/ok`);
      expect(r.redirects).toEqual([{ url: server.origin + path, status: path === '/moved' ? 301 : 308, location: `${server.origin}/ok` }]);
    }
  });

  it('a 302 chain is followed hop by hop and recorded, not permanent, no replacement', async () => {
    const r = await check('/chain/3');
    expect(r.status).toBe('redirected');
    expect(r.redirects.map((h) => [new URL(h.url).pathname, h.status])).toEqual([
      ['/chain/3', 302],
      ['/chain/2', 302],
      ['/chain/1', 301],
    ]);
    expect(r.finalUrl).toBe(`${server.origin}/ok`);
    expect(r.permanent).toBe(false);
    expect(r.replacementUrl).toBeUndefined();
  });

  it('a redirect loop is broken and flagged as a loop', async () => {
    const r = await check('/loop/a');
    expect(r).toMatchObject({ status: 'broken', loop: true });
    expect(r.redirects).toHaveLength(2);
    expect(server.count('/loop/a')).toBe(1); // noticed before asking again
  });

  it('too many redirects is broken, within the configured limit', async () => {
    const r = await check('/chain/6', { maxRedirects: 3 });
    expect(r).toMatchObject({ status: 'broken', tooManyRedirects: true });
    expect(r.redirects).toHaveLength(4);
  });

  it('http→https upgrade is recorded and replaceable even when it is a 302', async () => {
    const r = await check('/to-https?status=302');
    expect(r.status).toBe('redirected');
    expect(r.httpsUpgrade).toBe(true);
    expect(r.permanent).toBe(false);
    expect(r.replacementUrl).toBe(`https://127.0.0.1:${server.port}/to-https?status=302`);
  });

  it('404 and 410 are broken (HEAD is confirmed with GET first)', async () => {
    const missing = await check('/missing');
    expect(missing).toMatchObject({ status: 'broken', httpStatus: 404, method: 'GET' });
    expect(server.requests.map((q) => q.method)).toEqual(['HEAD', 'GET']);
    expect(await check('/gone')).toMatchObject({ status: 'broken', httpStatus: 410 });
  });

  it('500 is a server error after the retry budget, with backoff between tries', async () => {
    const r = await check('/error', { maxRetries: 2 });
    expect(r).toMatchObject({ status: 'server-error', httpStatus: 500, requests: 3 });
    expect(server.count('/error')).toBe(3);
  });

  it('503 and 429 with Retry-After are asked again and then succeed', async () => {
    expect(await check('/busy?after=0')).toMatchObject({ status: 'ok', requests: 2 });
    expect(await check('/limited?after=0')).toMatchObject({ status: 'ok', requests: 2 });
  });

  it('HEAD → 405 is asked again with GET, which gives ok', async () => {
    const r = await check('/head-refused');
    expect(r).toMatchObject({ status: 'ok', method: 'GET', requests: 2 });
  });

  it('a response that never ends is judged by its headers and the stream is dropped', async () => {
    const started = Date.now();
    const r = await check('/never-ends');
    expect(r).toMatchObject({ status: 'ok', method: 'GET' });
    await until(() => server.closedByClient() >= 1);
    expect(Date.now() - started).toBeLessThan(TIMEOUT * 4); // generous bound, not a benchmark
  });

  it('a request the server never answers times out, and the request is aborted', async () => {
    const r = await check('/stall');
    expect(r).toMatchObject({ status: 'timeout', requests: 1 }); // timeouts aren't retried
    await until(() => server.closedByClient() >= 1); // the client hung up
  });

  it('a server that accepts and never answers times out, and the fetch is aborted', async () => {
    const signals: AbortSignal[] = [];
    const spy: FetchLike = (url, init) => {
      signals.push(init.signal);
      return transport(url, init);
    };
    const started = Date.now();
    const r = await check(server.silentUrl, { fetch: spy });
    expect(r.status).toBe('timeout');
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(TIMEOUT + 2500); // generous bound, not a benchmark
  });

  it('a refused port is unreachable, without pointless retries', async () => {
    const r = await check(server.refusedUrl);
    expect(r.status).toBe('unreachable');
    expect(r.detail).toMatch(/refused/);
    expect(r.requests).toBe(2); // HEAD, then GET in case HEAD alone failed
  });

  it('an unknown host name is unreachable', async () => {
    const r = await check('http://no-such-host.invalid/');
    expect(r.status).toBe('unreachable');
  });

  it('a 10 MB body is not downloaded: the client cancels the stream after the headers', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const r = await check('/big');
    expect(r).toMatchObject({ status: 'ok', method: 'GET' });
    await until(() => server.closedByClient() >= 1); // hung up long before the end of the body
    expect(server.bodyBytesSent()).toBeLessThan(1024 * 1024);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(BIG_BODY_BYTES / 2);
  });
});

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
