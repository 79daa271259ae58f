import { browser, contentScriptFiles, registrationOptions } from '../platform/browser';
import { loadSettings, saveSettings, watchSettings } from '../platform/storage';
import { originPattern } from '../options/settings';

/**
 * Sites the user allowed beyond the built-in editor URLs: each has an optional host
 * permission, and the content script is registered for it dynamically.
 */
const SCRIPT_ID = 'post-preflight-allowed-sites';

/** Registers the content script on exactly the allowed sites that still hold their permission. */
export async function syncRegistration(): Promise<void> {
  const { allowedSites } = await loadSettings();
  const granted: string[] = [];
  for (const site of allowedSites) {
    const pattern = originPattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: contentScriptFiles(), runAt: 'document_idle', ...registrationOptions() },
  ]);
}

/** Records a site the user just granted, registers it, and starts the script in the open tab. */
export async function allowSite(origin: string, tabId?: number): Promise<void> {
  const settings = await loadSettings();
  if (!settings.allowedSites.includes(origin)) await saveSettings({ ...settings, allowedSites: [...settings.allowedSites, origin] });
  await syncRegistration();
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
}

export function init(signal: AbortSignal): void {
  void syncRegistration().catch(() => undefined);
  // Revoking a site's permission (browser UI) or removing it in the options page unregisters it.
  const onRemoved = () => void syncRegistration().catch(() => undefined);
  browser.permissions.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => browser.permissions.onRemoved.removeListener(onRemoved), { once: true });
  watchSettings(() => void syncRegistration().catch(() => undefined), signal);
}
