import { describe, expect, it, vi } from 'vitest';
import { createLinkCheckService, type LinkCheckDeps } from '../../../src/background/link-check';
import { webOrigin } from '../../../src/protocol/origins';
import { portRouter, type RouterPort } from '../../../src/background/ports';
import { createMemoryCache, type FetchLike, type LinkRequestInit, type LinkResponse } from '../../../src/core/linkcheck';
import { PORT_CONTENT, PORT_PANEL, type BackgroundToPanel } from '../../../src/protocol/messages';

const EXT = 'chrome-extension://abcdef/';
const PANEL = `${EXT}src/panel/panel.html`;

type Sent = { type: keyof BackgroundToPanel; payload: BackgroundToPanel[keyof BackgroundToPanel] };

/** A port as the background sees it: messages in via `receive`, what the service posts in `sent`. */
function fakePort(sender: RouterPort['sender'], name = PORT_PANEL) {
  const listeners: ((m: unknown) => void)[] = [];
  const gone: (() => void)[] = [];
  const sent: Sent[] = [];
  let disconnected = false;
  const port: RouterPort = {
    name,
    sender,
    postMessage: (m) => sent.push(m as Sent),
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: (l) => gone.push(l) },
  };
  return {
    port,
    sent,
    disconnected: () => disconnected,
    receive: (type: string, payload: unknown) => listeners.forEach((l) => l({ type, payload })),
    disconnect: () => gone.forEach((l) => l()),
    results: () => sent.filter((m) => m.type === 'link-results').map((m) => m.payload as BackgroundToPanel['link-results']),
  };
}

const dockedPanel = () => fakePort({ id: 'abcdef', url: `${PANEL}?pair=${'a'.repeat(64)}`, frameId: 3, tab: { id: 1 } as never });

/** Answers by path: 200, 404 or a redirect followed by the browser; records every call. */
function fakeFetch(hold?: Promise<void>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fetch = async (url: string, init: LinkRequestInit): Promise<LinkResponse> => {
    calls.push(`${init.method} ${url}`);
    if (hold) await hold;
    init.signal.throwIfAborted();
    const path = new URL(url).pathname;
    if (path === '/moved') {
      if (init.redirect === 'manual') return { status: 0, type: 'opaqueredirect', headers: { get: () => null } };
      return { status: 200, url: url.replace('/moved', '/ok'), redirected: true, headers: { get: () => null } };
    }
    return { status: path === '/missing' ? 404 : 200, headers: { get: () => null } };
  };
  return Object.assign(fetch, { calls });
}

function service(overrides: Partial<LinkCheckDeps> = {}) {
  const fetch = (overrides.fetch as ReturnType<typeof fakeFetch>) ?? fakeFetch();
  const deps: LinkCheckDeps = {
    fetch,
    cache: createMemoryCache(),
    mayVisit: async (origin) => origin !== 'https://not-granted.example',
    ...overrides,
  };
  const svc = createLinkCheckService(deps);
  const status = vi.fn();
  // The service behind the background's one port router, as in the extension.
  const connect = portRouter({ extensionId: 'abcdef', isExtensionPage: (u) => !!u?.startsWith(EXT), content: { status, 'open-pop-out': vi.fn() }, panel: svc.routes }, new AbortController().signal);
  return { svc, fetch, deps, connect, status };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('background link check', () => {
  it('checks the URLs of its tab\'s panel, in order, with progress', async () => {
    const { connect } = service();
    const p = dockedPanel();
    connect(p.port);
    expect(p.disconnected()).toBe(false);
    p.receive('check-links', { runId: 7, urls: ['https://a.example/ok', 'https://a.example/missing', 'https://a.example/moved', 'mailto:me@example.org'] });
    await until(() => p.results().length === 1);
    const [r] = p.results();
    expect(r!.runId).toBe(7);
    expect(r!.results.map((x) => x?.status)).toEqual(['ok', 'broken', 'redirected', 'skipped']);
    expect(r!.results[2]!.finalUrl).toBe('https://a.example/ok');
    const progress = p.sent.filter((m) => m.type === 'link-progress').map((m) => m.payload);
    expect(progress.at(-1)).toEqual({ runId: 7, done: 4, total: 4 });
  });

  it('serves only this extension\'s own pages: a web page, another extension or a content script asking get nothing', async () => {
    const { connect, fetch } = service();
    const fromPage = fakePort({ id: 'abcdef', url: 'http://evil.example/src/panel/panel.html', frameId: 3, tab: { id: 1 } as never });
    const otherExtension = fakePort({ id: 'other', url: PANEL, frameId: 3, tab: { id: 1 } as never });
    const contentScript = fakePort({ id: 'abcdef', url: 'http://127.0.0.1:8080/admin/', frameId: 0, tab: { id: 1 } as never }, PORT_CONTENT);
    for (const p of [fromPage, otherExtension, contentScript]) {
      connect(p.port);
      p.receive('check-links', { runId: 1, urls: ['https://a.example/ok'] });
    }
    await new Promise((r) => setTimeout(r, 30));
    expect([fromPage, otherExtension].map((p) => p.disconnected())).toEqual([true, true]);
    expect(fetch.calls).toEqual([]);
    expect([fromPage, otherExtension, contentScript].flatMap((p) => p.sent)).toEqual([]);
  });

  it('ignores malformed requests', async () => {
    const { connect, fetch } = service();
    const p = dockedPanel();
    connect(p.port);
    p.receive('check-links', { runId: 1, urls: 'https://a.example/ok' });
    p.receive('check-links', { runId: 2, urls: [42] });
    p.receive('check-links', { runId: 3, urls: ['https://a.example/ok'], baseUrl: 'javascript:alert(1)' });
    p.receive('check-links', { runId: 4, urls: new Array(6000).fill('https://a.example/ok') });
    await new Promise((r) => setTimeout(r, 30));
    expect(p.sent).toEqual([]);
    expect(fetch.calls).toEqual([]);
  });

  it('leaves sites without a granted permission unchecked and names them', async () => {
    const { connect, fetch } = service();
    const p = dockedPanel();
    connect(p.port);
    p.receive('check-links', { runId: 1, urls: ['https://not-granted.example/a', '/ok'], baseUrl: 'https://a.example/blog/' });
    await until(() => p.results().length === 1);
    const [r] = p.results();
    expect(r!.results[0]).toBeNull();
    expect(r!.results[1]).toMatchObject({ status: 'ok', key: 'https://a.example/ok' });
    expect(r!.notAllowed).toEqual(['https://not-granted.example']);
    expect(fetch.calls.every((c) => !c.includes('not-granted'))).toBe(true);
  });

  it('answers a re-check from the cache without any request', async () => {
    const { connect, fetch } = service();
    const p = dockedPanel();
    connect(p.port);
    const urls = ['https://a.example/ok', 'https://a.example/missing'];
    p.receive('check-links', { runId: 1, urls });
    await until(() => p.results().length === 1);
    const requests = fetch.calls.length;
    expect(requests).toBeGreaterThan(0);
    p.receive('check-links', { runId: 2, urls });
    await until(() => p.results().length === 2);
    expect(fetch.calls.length).toBe(requests);
    expect(p.results()[1]!.results.map((x) => [x?.status, x?.fromCache])).toEqual([['ok', true], ['broken', true]]);
  });

  it('Cancel stops the run: it ends as cancelled and no further request is sent', async () => {
    let release!: () => void;
    const fetch = fakeFetch(new Promise<void>((r) => (release = r)));
    const { svc, connect } = service({ fetch });
    const p = dockedPanel();
    connect(p.port);
    const urls = Array.from({ length: 20 }, (_, i) => `https://a.example/ok?n=${i}`);
    p.receive('check-links', { runId: 5, urls });
    await until(() => fetch.calls.length > 0);
    const sentBeforeCancel = fetch.calls.length;
    expect(sentBeforeCancel).toBeLessThan(urls.length); // the per-host limit holds the rest back
    p.receive('cancel-link-check', { runId: 5 });
    await until(() => p.results().length === 1);
    expect(p.results()[0]).toMatchObject({ runId: 5, cancelled: true, results: [] });
    release();
    await new Promise((r) => setTimeout(r, 30));
    expect(fetch.calls.length).toBe(sentBeforeCancel);
    expect(svc.runningCount()).toBe(0);
  });

  it('the panel going away aborts its run; a new request from the same panel replaces the running one', async () => {
    let release!: () => void;
    const fetch = fakeFetch(new Promise<void>((r) => (release = r)));
    const { svc, connect } = service({ fetch });
    const p = dockedPanel();
    connect(p.port);
    p.receive('check-links', { runId: 1, urls: ['https://a.example/ok?first'] });
    await until(() => fetch.calls.length === 1);
    p.receive('check-links', { runId: 2, urls: ['https://b.example/ok?second'] });
    await until(() => p.results().some((r) => r.runId === 1));
    expect(p.results().find((r) => r.runId === 1)).toMatchObject({ cancelled: true });
    await until(() => fetch.calls.length === 2);
    p.disconnect();
    release();
    await until(() => p.results().some((r) => r.runId === 2));
    expect(p.results().find((r) => r.runId === 2)).toMatchObject({ cancelled: true });
    expect(svc.runningCount()).toBe(0);
  });
});

describe('webOrigin', () => {
  it('gives the origin of web addresses only, resolving relative ones against the base', () => {
    expect(webOrigin('https://a.example/x?y#z')).toBe('https://a.example');
    expect(webOrigin('/about', 'http://127.0.0.1:8080/blog/')).toBe('http://127.0.0.1:8080');
    expect(webOrigin('/about')).toBeUndefined();
    expect(webOrigin('mailto:me@example.org')).toBeUndefined();
    expect(webOrigin('ftp://files.example/x')).toBeUndefined();
  });
});
