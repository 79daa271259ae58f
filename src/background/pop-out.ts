import { browser, panelUrl } from '../platform/browser';
import type { ContentToBackground } from '../protocol/messages';
import { isSecret, POP_OUT_KEY_PARAM, POP_OUT_PARAM } from '../protocol/pairing';
import type { Routes } from './ports';

/**
 * Opens a pop-out panel for a content script's tab (the tab id comes from the browser's sender
 * info, the secret from that content script, which alone accepts it; see content/pop-outs.ts).
 */
export const popOutRoutes: Pick<Routes<ContentToBackground, Record<string, never>>, 'open-pop-out'> = {
  'open-pop-out': ({ secret }, from) => {
    if (from.tabId === undefined || !isSecret(secret)) return;
    const url = panelUrl({ [POP_OUT_PARAM]: String(from.tabId), [POP_OUT_KEY_PARAM]: secret });
    void browser.tabs.create({ url, openerTabId: from.tabId }).catch(() => undefined);
  },
};
