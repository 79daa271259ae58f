import { browser } from './browser';
import { normalizeSettings, type Settings } from '../protocol/settings';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` whenever the settings change (options page saved, another device synced). */
export function watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) onChange(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

