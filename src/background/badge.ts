import { browser } from '../platform/browser';
import type { ContentToBackground } from '../protocol/messages';
import type { Routes } from './ports';

/**
 * The toolbar badge: the counts a tab's content script reports (from its panel) shown on that
 * tab's button. The browser keeps per-tab badges itself, so nothing is lost when the worker stops.
 */
export const badgeRoutes: Pick<Routes<ContentToBackground, Record<string, never>>, 'status'> = {
  status: (payload, from) => {
    const { errors, warnings } = payload as { errors?: unknown; warnings?: unknown };
    if (from.tabId === undefined || !isCount(errors) || !isCount(warnings)) return;
    void showBadge(from.tabId, errors, warnings);
  },
};

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e7;

async function showBadge(tabId: number, errors: number, warnings: number) {
  const total = errors + warnings;
  await browser.action.setBadgeText({ tabId, text: total ? String(total) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: errors ? '#b00020' : '#8a5a00' }).catch(() => undefined);
}
