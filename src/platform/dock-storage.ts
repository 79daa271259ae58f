import { nativeBrowser as browser } from './native-browser';

// Kept apart from the settings so the content script doesn't pull in the YAML parser.

/** The panel's dock layout, per site (storage.local: it is about this screen, not synced). */
export interface DockLayout {
  width: number;
  collapsed: boolean;
}

export async function loadDockLayout(origin: string): Promise<DockLayout | undefined> {
  const key = `dock:${origin}`;
  const got = await browser.storage.local.get(key);
  const v = got[key] as Partial<DockLayout> | undefined;
  if (!v || typeof v.width !== 'number' || typeof v.collapsed !== 'boolean') return undefined;
  return { width: v.width, collapsed: v.collapsed };
}

export async function saveDockLayout(origin: string, layout: DockLayout): Promise<void> {
  await browser.storage.local.set({ [`dock:${origin}`]: layout });
}
