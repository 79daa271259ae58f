import type { Runtime } from 'webextension-polyfill';

/** The part of a connected content script the pairing decision needs. */
export interface PairableContent {
  tabId: number;
  url: string;
  panelToken?: string;
}

/**
 * Which content script a panel port belongs to. Two kinds of panel are accepted:
 * - the docked panel: an iframe in the tab whose URL carries the secret token the content
 *   script announced (a page that iframes panel.html itself cannot know it);
 * - a detached panel: a top-level extension tab opened as `panel.html?page=<url>`, paired with
 *   the content script whose page URL equals it (used by the pop-out and by tests in Firefox,
 *   where the docked iframe is not scriptable).
 * The caller has already checked that the sender is this extension's own page.
 */
export function panelPairing<T extends PairableContent>(sender: Runtime.MessageSender, contents: readonly T[]): T | undefined {
  const url = new URL(sender.url ?? 'about:blank');
  const token = url.searchParams.get('token');
  const tabId = sender.tab?.id;
  // Firefox may leave `tab` unset for a frame of an extension page; the token alone is secret enough then.
  if (token && sender.frameId !== 0) return contents.find((c) => c.panelToken === token && (tabId === undefined || c.tabId === tabId));
  const page = url.searchParams.get('page');
  if (page && sender.frameId === 0) {
    // The exact URL first; else the same document whatever its #fragment: a CMS routes by hash
    // (Decap's #/collections/…), and the URL a browser reports for a content script may or may
    // not carry the fragment it had when the session started.
    const exact = contents.filter((c) => c.url === page);
    const matches = exact.length ? exact : contents.filter((c) => withoutFragment(c.url) === withoutFragment(page));
    return matches[matches.length - 1];
  }
  return undefined;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
