import { browser, contentScriptFiles, mainWorldScriptFiles, registrationOptions } from '../platform/browser';
import { loadSettings, saveSettings, watchSettings } from '../platform/storage';
import { originPattern } from '../protocol/origins';

/**
 * Sites the user allowed beyond the built-in editor URLs: each has an optional host
 * permission, and the content script is registered for it dynamically.
 */
const SCRIPT_ID = 'post-preflight-allowed-sites';
/** The MAIN-world editor bridge on the same sites (CodeMirror, Monaco, Decap live in the page's world). */
const MAIN_SCRIPT_ID = 'post-preflight-allowed-sites-main';

/** Registers the content script on exactly the allowed sites that still hold their permission. */
export async function syncRegistration(): Promise<void> {
  const { allowedSites } = await loadSettings();
  const granted: string[] = [];
  for (const site of allowedSites) {
    const pattern = originPattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const ids = [SCRIPT_ID, MAIN_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!granted.length) return;
  // Both at document_start, so the bridge's handshake happens before any page script runs.
  await browser.scripting.registerContentScripts([
    { id: MAIN_SCRIPT_ID, matches: granted, js: mainWorldScriptFiles(), runAt: 'document_start', world: 'MAIN', ...registrationOptions() },
    { id: SCRIPT_ID, matches: granted, js: contentScriptFiles(), runAt: 'document_start', ...registrationOptions() },
  ]);
}

/** Records a site the user just granted, registers it, and starts the script in the open tab. */
export async function allowSite(origin: string, tabId?: number): Promise<void> {
  const settings = await loadSettings();
  if (!settings.allowedSites.includes(origin)) await saveSettings({ ...settings, allowedSites: [...settings.allowedSites, origin] });
  await syncRegistration();
  if (tabId === undefined) return;
  // The open tab gets both now (late: see docs/editors.md on late injection); the MAIN-world
  // script first, so the content script's hello finds it.
  await browser.scripting.executeScript({ target: { tabId }, files: mainWorldScriptFiles(), world: 'MAIN' });
  await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
}

export function init(signal: AbortSignal): void {
  void syncRegistration().catch(() => undefined);
  // Revoking a site's permission (browser UI) or removing it in the options page unregisters it.
  const onRemoved = () => void syncRegistration().catch(() => undefined);
  browser.permissions.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => browser.permissions.onRemoved.removeListener(onRemoved), { once: true });
  watchSettings(() => void syncRegistration().catch(() => undefined), signal);
}
