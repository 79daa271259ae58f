import { browser } from './browser';
import { normalizeIgnores, storageKey, type Ignores, isEmpty } from '../protocol/ignores';

/**
 * Findings ignored per post, in storage.local: about this browser's author, not synced (a
 * colleague's browser still shows them; a directive comment in the post is the shared way).
 * An empty choice removes the key, so storage holds only posts with something ignored.
 */
export async function loadIgnores(post: string): Promise<Ignores> {
  const key = storageKey(post);
  return normalizeIgnores((await browser.storage.local.get(key))[key]);
}

export async function saveIgnores(post: string, ignores: Ignores): Promise<void> {
  const key = storageKey(post);
  if (isEmpty(ignores)) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: { rules: ignores.rules, findings: ignores.findings, savedAt: Date.now() } });
}

/** Follows changes made elsewhere (the same post open in a detached panel, another tab). */
export function watchIgnores(post: string, onChange: (ignores: Ignores) => void, signal: AbortSignal): void {
  const key = storageKey(post);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[key]) onChange(normalizeIgnores(changes[key].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
