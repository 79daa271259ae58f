import type { Runtime } from '../platform/browser';
import {
  CONTENT_TO_BACKGROUND_TYPES,
  PANEL_TO_BACKGROUND_TYPES,
  PORT_CONTENT,
  PORT_PANEL,
  isEnvelopeOf,
  message,
  type BackgroundToPanel,
  type ContentToBackground,
  type PanelToBackground,
} from '../protocol/messages';

/**
 * The one owner of runtime ports in the background. Who connected is checked once, at connect
 * time, from what the browser says about the sender (not from anything the sender wrote);
 * then each message is checked against its direction's types and handed to the one handler of
 * its type, with the peer it came from. Nothing here survives the worker: a port that drops
 * because the worker stopped is opened again by its owner when it next needs it.
 */

/** The part of a runtime port the router uses (a fake one in tests). */
export interface RouterPort {
  name: string;
  sender?: Runtime.MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Who sent a message, as the browser reported it, and how to answer. */
export interface Peer<Out> {
  /** The tab: the content script's own, or the one holding the panel (a pop-out's own tab). */
  tabId: number | undefined;
  post<K extends keyof Out>(type: K, payload: Out[K]): void;
  /** Runs when the port goes away (the other end closed, or the worker is stopping). */
  onGone(fn: () => void): void;
  /** The same object for every message of one port, so a service can keep per-port state. */
  readonly key: object;
}

export type Routes<In, Out> = { [K in keyof In]: (payload: In[K], from: Peer<Out>) => void };

export interface RouterConfig {
  extensionId: string;
  /** True for a page of this extension (chrome-extension://<id>/…, moz-extension://<uuid>/…). */
  isExtensionPage(url: string | undefined): boolean;
  content: Routes<ContentToBackground, Record<string, never>>;
  panel: Routes<PanelToBackground, BackgroundToPanel>;
}

type Kind = 'content' | 'panel';

/** A content script: this extension, the top frame of a web page in a tab. */
const isContentScript = (s: Runtime.MessageSender | undefined, c: RouterConfig) =>
  s?.id === c.extensionId && s.tab?.id !== undefined && s.frameId === 0 && !c.isExtensionPage(s.url);
/** A panel: a page of this extension (docked in a tab, or a pop-out tab). */
const isPanel = (s: Runtime.MessageSender | undefined, c: RouterConfig) => s?.id === c.extensionId && c.isExtensionPage(s.url);

const KINDS: Record<string, { kind: Kind; accepts: typeof isPanel; types: readonly string[] }> = {
  [PORT_CONTENT]: { kind: 'content', accepts: isContentScript, types: CONTENT_TO_BACKGROUND_TYPES },
  [PORT_PANEL]: { kind: 'panel', accepts: isPanel, types: PANEL_TO_BACKGROUND_TYPES },
};

/** Returns the `runtime.onConnect` listener. */
export function portRouter(config: RouterConfig, signal: AbortSignal): (port: RouterPort) => void {
  return (port) => {
    const spec = Object.prototype.hasOwnProperty.call(KINDS, port.name) ? KINDS[port.name] : undefined;
    if (!spec || !spec.accepts(port.sender, config)) return port.disconnect();
    const routes = config[spec.kind] as Record<string, (payload: unknown, from: Peer<unknown>) => void>;
    const gone: (() => void)[] = [];
    const peer: Peer<unknown> = {
      tabId: port.sender?.tab?.id,
      key: {},
      post: (type, payload) => {
        try {
          port.postMessage(message(type, payload as never));
        } catch {
          // The other end went away; its onGone handlers run from onDisconnect.
        }
      },
      onGone: (fn) => void gone.push(fn),
    };
    port.onMessage.addListener((msg) => {
      if (signal.aborted || !isEnvelopeOf(msg, spec.types)) return;
      routes[msg.type]?.(msg.payload, peer);
    });
    port.onDisconnect.addListener(() => {
      for (const fn of gone.splice(0)) fn();
    });
  };
}
