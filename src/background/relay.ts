import { browser, isExtensionUrl, type Runtime } from '../platform/browser';
import {
  CONTENT_TO_BACKGROUND_TYPES,
  CONTENT_TO_PANEL_TYPES,
  PANEL_TO_CONTENT_TYPES,
  PORT_CONTENT,
  PORT_PANEL,
  dispatch,
  isEnvelopeOf,
  message,
  type BackgroundToContent,
  type ContentToBackground,
  type Handlers,
} from '../protocol/messages';
import { panelPairing } from './pairing';

/**
 * The hub: content scripts and panels connect here; messages are relayed between the content
 * script of a tab and the panels paired with it. Each port's sender is checked once at connect
 * time (extension id, frame, URL) and each message's type against its direction's list.
 */
interface ContentEnd {
  port: Runtime.Port;
  tabId: number;
  url: string;
  panelToken?: string;
  panels: Set<Runtime.Port>;
}

const contents = new Map<number, ContentEnd>();

/** The connected content scripts, for pairing panels elsewhere in the background (link checks). */
export function pairableContents(): ContentEnd[] {
  return [...contents.values()];
}

export function contentPortOf(tabId: number): Runtime.Port | undefined {
  return contents.get(tabId)?.port;
}

export function sendToContent<K extends keyof BackgroundToContent>(tabId: number, type: K, payload: BackgroundToContent[K]): boolean {
  const end = contents.get(tabId);
  if (!end) return false;
  end.port.postMessage(message<BackgroundToContent, K>(type, payload));
  return true;
}

function acceptContent(port: Runtime.Port, signal: AbortSignal): void {
  const s = port.sender;
  const tabId = s?.tab?.id;
  // A content script: our extension, top frame of a web page tab (not an extension page).
  if (s?.id !== browser.runtime.id || tabId === undefined || s.frameId !== 0 || isExtensionUrl(s.url)) return port.disconnect();
  const end: ContentEnd = { port, tabId, url: s.url ?? '', panels: new Set() };
  contents.get(tabId)?.port.disconnect();
  contents.set(tabId, end);
  const own: Handlers<ContentToBackground> = {
    hello: ({ panelToken }) => {
      if (typeof panelToken === 'string' && panelToken.length >= 16) end.panelToken = panelToken;
    },
  };
  port.onMessage.addListener((msg: unknown) => {
    if (signal.aborted) return;
    if (isEnvelopeOf(msg, CONTENT_TO_BACKGROUND_TYPES)) return void dispatch(own, msg);
    if (!isEnvelopeOf(msg, CONTENT_TO_PANEL_TYPES)) return;
    for (const panel of end.panels) panel.postMessage(msg);
  });
  port.onDisconnect.addListener(() => {
    if (contents.get(tabId) === end) contents.delete(tabId);
    for (const panel of end.panels) panel.disconnect();
  });
}

function acceptPanel(port: Runtime.Port, signal: AbortSignal): void {
  const s = port.sender;
  if (s?.id !== browser.runtime.id || !isExtensionUrl(s.url)) return port.disconnect();
  const end = panelPairing(s, [...contents.values()]);
  if (!end) return port.disconnect();
  end.panels.add(port);
  port.onMessage.addListener((msg: unknown) => {
    if (signal.aborted || !isEnvelopeOf(msg, PANEL_TO_CONTENT_TYPES)) return;
    if (msg.type === 'status') void showBadge(end.tabId, msg.payload as { errors: number; warnings: number });
    end.port.postMessage(msg);
  });
  port.onDisconnect.addListener(() => end.panels.delete(port));
}

/** Mirrors the panel's counts on the toolbar button of that tab. */
async function showBadge(tabId: number, { errors, warnings }: { errors: number; warnings: number }) {
  const total = (Number(errors) || 0) + (Number(warnings) || 0);
  await browser.action.setBadgeText({ tabId, text: total ? String(total) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: errors ? '#b00020' : '#8a5a00' }).catch(() => undefined);
}

export function init(signal: AbortSignal): void {
  const onConnect = (port: Runtime.Port) => {
    if (port.name === PORT_CONTENT) acceptContent(port, signal);
    else if (port.name === PORT_PANEL) acceptPanel(port, signal);
    else port.disconnect();
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
}
