import browser from 'webextension-polyfill';
import { isFirefox } from './native-browser';

/**
 * Every difference between Chrome and Firefox lives here and in native-browser.ts (what the
 * content script needs, without the polyfill), so the rest of the extension is written once.
 * `browser` is the promise-based API in both (webextension-polyfill in Chrome).
 */
export { browser };
export type { Runtime } from 'webextension-polyfill';
export { extensionAlive, isExtensionUrl, isFirefox, panelOrigins, panelUrl } from './native-browser';

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
