import { browser } from '../platform/browser';
import type { Tabs } from 'webextension-polyfill';
import { message, type BackgroundToContent } from '../protocol/messages';
import { allowSite } from './sites';
import { originPattern } from '../protocol/origins';

/**
 * Toolbar button and keyboard shortcut: toggle the panel where it runs; on another http(s)
 * site, the button asks for that one site's permission. The worker may just have been woken by
 * the click and knows no tab, so the content script is asked (it answers `true` when it has a
 * panel); the permission request is made right away, inside the click (the browser keeps the
 * user gesture only while this listener runs), and resolves at once without a prompt where the
 * site is granted already.
 */
function onAction(tab: Tabs.Tab): void {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  // The URL is known only where the extension has access: nothing can be asked elsewhere.
  const origin = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : undefined;
  const granted = origin ? requestSite(origin) : undefined;
  void toggleIn(tabId).then(async (toggled) => {
    if (toggled || !granted || !origin) return;
    if (await granted) await allowSite(origin, tabId);
  }).catch(() => undefined);
}

function requestSite(origin: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** True when the tab's content script had a panel to toggle. */
function toggleIn(tabId: number): Promise<boolean> {
  return browser.tabs
    .sendMessage(tabId, message<BackgroundToContent, 'toggle'>('toggle', {}), { frameId: 0 })
    .then((answer) => answer === true, () => false);
}

function onCommand(command: string, tab?: Tabs.Tab): void {
  if (command !== 'toggle-panel') return;
  if (tab?.id !== undefined) return void toggleIn(tab.id);
  // Older Chrome passes no tab to commands: use the focused window's active tab.
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
    if (active?.id !== undefined) void toggleIn(active.id);
  });
}

export function init(signal: AbortSignal): void {
  browser.action.onClicked.addListener(onAction);
  browser.commands.onCommand.addListener(onCommand);
  signal.addEventListener('abort', () => {
    browser.action.onClicked.removeListener(onAction);
    browser.commands.onCommand.removeListener(onCommand);
  }, { once: true });
}
