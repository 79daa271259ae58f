import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/linkcheck';
import { createNodeFetch } from '../../../src/node/http-fetch';
import { startLinkServer, type LinkServer } from '../../support/link-server';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const links = (n: number) => Array.from({ length: n }, (_, i) => `${server.origin}/slow/${i}?ms=0`);

describe('the CLI fetch on node:http', () => {
  it('keeps connections open across HEAD requests, where global fetch opens one per request', async () => {
    const fetch = createNodeFetch();
    try {
      await checkLinks(links(6), { fetch, perHostConcurrency: 1 });
      // The socket returns to the pool a tick after the answer, so the second request may open one more.
      expect(server.connections()).toBeLessThanOrEqual(2);
    } finally {
      fetch.close();
    }
    server.reset();
    await checkLinks(links(6), { fetch: globalThis.fetch, perHostConcurrency: 1 });
    expect(server.connections()).toBe(6); // undici closes after every HEAD
  });

  it('reuses connections after small GET bodies too', async () => {
    const fetch = createNodeFetch();
    try {
      const urls = Array.from({ length: 5 }, (_, i) => `${server.origin}/head-refused?n=${i}`);
      const results = await checkLinks(urls, { fetch, perHostConcurrency: 1 });
      expect(results.every((r) => r.status === 'ok' && r.method === 'GET')).toBe(true);
      expect(server.requests).toHaveLength(10);
      expect(server.connections()).toBeLessThanOrEqual(2);
    } finally {
      fetch.close();
    }
  });

  it('rejects with the signal reason when aborted before the answer', async () => {
    const fetch = createNodeFetch();
    const controller = new AbortController();
    const pending = fetch(`${server.origin}/stall`, { method: 'HEAD', redirect: 'manual', credentials: 'omit', signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    fetch.close();
  });
});
