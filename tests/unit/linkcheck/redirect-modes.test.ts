import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/linkcheck';
import type { FetchLike, LinkRequestInit, LinkResponse } from '../../../src/core/linkcheck';
import { startLinkServer, type LinkServer } from '../../support/link-server';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

/** What a browser's fetch answers, by URL and redirect mode. */
function browserLikeFetch(answers: Record<string, { manual: Partial<LinkResponse>; follow: Partial<LinkResponse> }>): FetchLike & { calls: [string, LinkRequestInit['redirect']][] } {
  const calls: [string, LinkRequestInit['redirect']][] = [];
  const fetch = async (url: string, init: LinkRequestInit): Promise<LinkResponse> => {
    calls.push([url, init.redirect]);
    const answer = answers[url]?.[init.redirect];
    if (!answer) throw new TypeError('Failed to fetch');
    return { status: 200, headers: { get: () => null }, body: null, ...answer };
  };
  return Object.assign(fetch, { calls });
}

describe("redirectMode 'follow' (the fetch follows redirects itself)", () => {
  it('knows the final URL but not whether the move is permanent, so offers no replacement', async () => {
    const [r] = await checkLinks([`${server.origin}/moved#part`], { fetch: globalThis.fetch, redirectMode: 'follow' });
    expect(r).toMatchObject({ status: 'redirected', finalUrl: `${server.origin}/ok#part`, requests: 1 });
    expect(r!.permanent).toBeUndefined();
    expect(r!.replacementUrl).toBeUndefined();
    expect(r!.redirects).toEqual([{ url: `${server.origin}/moved`, status: 0, location: `${server.origin}/ok` }]);
  });

  it('a plain 200 is ok; a redirect to a 404 is broken', async () => {
    const results = await checkLinks([`${server.origin}/ok`, `${server.origin}/missing`], { fetch: globalThis.fetch, redirectMode: 'follow' });
    expect(results.map((r) => r.status)).toEqual(['ok', 'broken']);
  });

  it('a redirect loop is broken (too many redirects), not retried as a network error', async () => {
    const [r] = await checkLinks([`${server.origin}/loop/a`], { fetch: globalThis.fetch, redirectMode: 'follow', backoffMs: 10 });
    expect(r).toMatchObject({ status: 'broken', tooManyRedirects: true, requests: 2 }); // HEAD, then GET in case HEAD was the problem
  });

  it('an http→https move of the same address is still replaceable', async () => {
    const fetch = browserLikeFetch({
      'http://example.org/a?b=1': { manual: {}, follow: { status: 200, url: 'https://example.org/a?b=1', redirected: true } },
    });
    const [r] = await checkLinks(['http://example.org/a?b=1'], { fetch, redirectMode: 'follow' });
    expect(r).toMatchObject({ status: 'redirected', httpsUpgrade: true, replacementUrl: 'https://example.org/a?b=1' });
  });
});

describe("redirectMode 'auto' (browsers: manual answers are opaque)", () => {
  it('asks again with follow when the manual answer is an opaque redirect', async () => {
    const fetch = browserLikeFetch({
      'https://example.org/old': { manual: { type: 'opaqueredirect', status: 0 }, follow: { status: 200, url: 'https://example.org/new', redirected: true } },
      'https://example.org/same': { manual: { status: 200 }, follow: { status: 200 } },
    });
    const results = await checkLinks(['https://example.org/old', 'https://example.org/same'], { fetch, redirectMode: 'auto' });
    expect(results.map((r) => [r.status, r.finalUrl])).toEqual([
      ['redirected', 'https://example.org/new'],
      ['ok', undefined],
    ]);
    expect(fetch.calls).toEqual([
      ['https://example.org/old', 'manual'],
      ['https://example.org/same', 'manual'],
      ['https://example.org/old', 'follow'],
    ]);
  });

  it("in 'manual' an opaque answer is reported as a redirect to an unknown place", async () => {
    const fetch = browserLikeFetch({ 'https://example.org/old': { manual: { type: 'opaqueredirect', status: 0 }, follow: {} } });
    const [r] = await checkLinks(['https://example.org/old'], { fetch });
    expect(r).toMatchObject({ status: 'redirected', requests: 1 });
    expect(r!.finalUrl).toBeUndefined();
  });

  it('calls fetch without a `this`, as browsers require of window.fetch', async () => {
    const thisValues: unknown[] = [];
    const fetch = function (this: unknown): Promise<LinkResponse> {
      thisValues.push(this);
      return Promise.resolve({ status: 200, headers: { get: () => null } });
    };
    await checkLinks(['https://example.org/y'], { fetch });
    expect(thisValues).toEqual([undefined]);
  });

  it('every request omits credentials', async () => {
    const fetch = browserLikeFetch({ 'https://example.org/x': { manual: { status: 200 }, follow: {} } });
    const seen: LinkRequestInit[] = [];
    await checkLinks(['https://example.org/x'], { fetch: (u, init) => (seen.push(init), fetch(u, init)) });
    expect(seen.map((i) => [i.method, i.credentials, i.redirect])).toEqual([['HEAD', 'omit', 'manual']]);
  });
});
