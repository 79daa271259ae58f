import type Browser from 'webextension-polyfill';

/**
 * The extension API for the content script, without webextension-polyfill: that script runs on
 * every matching page and has a size budget (15 KB gz, `npm run size`); the polyfill was 2.7 KB
 * of its 15.3 KB gz and had taken it over the budget. Nothing the content script calls needs it:
 * Firefox's `browser` is promise-based, and in Chrome's MV3 `chrome` every call it makes returns
 * a promise too (runtime.sendMessage, storage.local) or is synchronous (runtime.id, getURL,
 * getManifest); ports are the same objects either way (the polyfill passes them through). What
 * differs is a runtime.onMessage listener's answer: here it calls `sendResponse`, which both
 * browsers take (a returned promise is the polyfill's convention). Extension pages keep the
 * polyfill (browser.ts): their listeners answer with promises.
 */
type Global = { browser?: unknown; chrome?: Browser.Browser };
const global = globalThis as Global;
/**
 * Firefox's `browser`, or Chrome's `chrome`. Chrome before 148 has no `browser` of its own, and a
 * page element named "browser" shows through as one (`<form id="browser"><input name="runtime">`
 * makes `browser.runtime` an element): only an object whose runtime has a non-empty id and the
 * functions this script calls is taken for the API.
 */
function isExtensionApi(candidate: unknown): candidate is Browser.Browser {
  const runtime = (candidate as { runtime?: { id?: unknown; getURL?: unknown; connect?: unknown } } | undefined)?.runtime;
  return typeof runtime?.id === 'string' && runtime.id !== '' && typeof runtime.getURL === 'function' && typeof runtime.connect === 'function';
}
export const nativeBrowser: Browser.Browser = isExtensionApi(global.browser) ? global.browser : (global.chrome as Browser.Browser);
const browser = nativeBrowser;

/** Firefox exposes `browser.runtime.getBrowserInfo`; Chrome has no such function. */
export const isFirefox = typeof (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser?.runtime?.getBrowserInfo === 'function';

/** The panel page inside the extension, as a URL the page can iframe (web_accessible_resources). */
export function panelUrl(query: Record<string, string>, hash = ''): string {
  const url = new URL(browser.runtime.getURL('src/panel/panel.html'));
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  if (hash) url.hash = hash;
  return url.href;
}

/**
 * The origins the panel iframe may end up with, to address the pairing message to it and to
 * nothing else. Chrome: panel.html is a `use_dynamic_url` resource, so `getURL` gives a
 * per-session origin, and the frame is then redirected to the extension's own origin (seen in
 * Chromium 156); both are listed. Firefox: the one moz-extension://<uuid> origin.
 */
export function panelOrigins(): string[] {
  const origins = new Set([new URL(panelUrl({})).origin, new URL(browser.runtime.getURL('')).origin]);
  if (!isFirefox) origins.add(`chrome-extension://${browser.runtime.id}`);
  return [...origins];
}

/**
 * False once this script's extension is gone (updated, reloaded, disabled): Chrome leaves the
 * old content script running with `runtime.id` undefined; Firefox stops it altogether.
 */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

/** True when `url` is a page of this extension (chrome-extension:// or moz-extension://<uuid>/). */
export function isExtensionUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL(''));
}
