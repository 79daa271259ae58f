import { browser } from '../platform/browser';
import type { Tabs } from 'webextension-polyfill';
import { sendToContent } from './relay';
import { allowSite } from './sites';
import { originPattern } from '../options/settings';

/**
 * Toolbar button and keyboard shortcut: toggle the panel where it runs; on another http(s)
 * site, the button asks for that one site's permission (the click is the user gesture the
 * request needs, so nothing is awaited before it).
 */
function onAction(tab: Tabs.Tab): void {
  if (tab.id === undefined) return;
  if (sendToContent(tab.id, 'toggle', {})) return;
  if (!tab.url || !/^https?:/.test(tab.url)) return;
  const origin = new URL(tab.url).origin;
  const tabId = tab.id;
  void browser.permissions.request({ origins: [originPattern(origin)] }).then((granted) => {
    if (granted) return allowSite(origin, tabId);
  }).catch(() => undefined);
}

function onCommand(command: string, tab?: Tabs.Tab): void {
  if (command !== 'toggle-panel') return;
  if (tab?.id !== undefined) return void sendToContent(tab.id, 'toggle', {});
  // Older Chrome passes no tab to commands: use the focused window's active tab.
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
    if (active?.id !== undefined) sendToContent(active.id, 'toggle', {});
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
