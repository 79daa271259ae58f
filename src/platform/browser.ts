import browser from 'webextension-polyfill';

/**
 * Every difference between Chrome and Firefox lives here, so the rest of the extension is
 * written once. `browser` is the promise-based API in both (webextension-polyfill in Chrome).
 */
export { browser };
export type { Runtime } from 'webextension-polyfill';

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

type ManifestScript = { js?: string[]; world?: string };

/** The built manifest's content scripts: the isolated one, and the MAIN-world editor bridge. */
function manifestScripts(): ManifestScript[] {
  return (browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[];
}

/**
 * The content script file as built (crxjs renames it), for registering it on sites the user
 * allows later. Read from the built manifest, so both browsers get their own file name.
 */
export function contentScriptFiles(): string[] {
  return manifestScripts().find((s) => s.world !== 'MAIN')?.js ?? [];
}

/** The MAIN-world loader (src/page/main-world.ts) as built: registered next to the content script. */
export function mainWorldScriptFiles(): string[] {
  return manifestScripts().find((s) => s.world === 'MAIN')?.js ?? [];
}

/**
 * Options for scripting.registerContentScripts. Firefox rejects `persistAcrossSessions: true`
 * in some versions, so it is left to the default there and the background re-registers on start.
 */
export function registrationOptions(): { persistAcrossSessions?: boolean } {
  return isFirefox ? {} : { persistAcrossSessions: true };
}
