import { describe, expect, it } from 'vitest';
import { panelPairing } from '../../../src/background/pairing';

const ext = 'chrome-extension://abc/src/panel/panel.html';
const contents = [
  { tabId: 1, url: 'http://127.0.0.1:8080/admin/', panelToken: 'token-aaaaaaaaaaaaaaaa' },
  { tabId: 2, url: 'http://localhost:3000/admin/', panelToken: 'token-bbbbbbbbbbbbbbbb' },
];

describe('panelPairing', () => {
  it('pairs a docked panel frame carrying its tab\'s token', () => {
    expect(panelPairing({ url: `${ext}?token=token-aaaaaaaaaaaaaaaa`, frameId: 7, tab: { id: 1 } as never }, contents)).toBe(contents[0]);
  });

  it('refuses a token from another tab, a wrong token, and a token in a top-level page', () => {
    expect(panelPairing({ url: `${ext}?token=token-aaaaaaaaaaaaaaaa`, frameId: 7, tab: { id: 2 } as never }, contents)).toBeUndefined();
    expect(panelPairing({ url: `${ext}?token=guess`, frameId: 7, tab: { id: 1 } as never }, contents)).toBeUndefined();
    expect(panelPairing({ url: `${ext}?token=token-aaaaaaaaaaaaaaaa`, frameId: 0, tab: { id: 1 } as never }, contents)).toBeUndefined();
  });

  it('pairs a detached top-level panel by page URL, but never a framed one', () => {
    const page = encodeURIComponent('http://localhost:3000/admin/');
    expect(panelPairing({ url: `${ext}?page=${page}`, frameId: 0, tab: { id: 9 } as never }, contents)).toBe(contents[1]);
    expect(panelPairing({ url: `${ext}?page=${page}`, frameId: 3, tab: { id: 9 } as never }, contents)).toBeUndefined();
    expect(panelPairing({ url: ext, frameId: 0 }, contents)).toBeUndefined();
  });

  it('pairs a detached panel with a hash-routed page whatever the #fragment, preferring the exact URL', () => {
    const routed = [
      { tabId: 3, url: 'http://127.0.0.1:8080/cms/#/collections/blog/entries/a' },
      { tabId: 4, url: 'http://127.0.0.1:8080/cms/' },
    ];
    const ask = (page: string) => panelPairing({ url: `${ext}?page=${encodeURIComponent(page)}`, frameId: 0, tab: { id: 9 } as never }, routed);
    expect(ask('http://127.0.0.1:8080/cms/#/collections/blog/entries/a')).toBe(routed[0]);
    expect(ask('http://127.0.0.1:8080/cms/')).toBe(routed[1]);
    expect(ask('http://127.0.0.1:8080/cms/#/collections/blog/entries/b')).toBe(routed[1]);
    expect(ask('http://127.0.0.1:8080/other/#/x')).toBeUndefined();
  });
});
