import type { Runtime } from '../platform/browser';
import { driverBundleFile } from '../protocol/bridge';
import { CONTENT_REQUEST_TYPES, isEnvelopeOf, type ContentAnswers, type ContentRequests } from '../protocol/messages';

/**
 * Editor drivers on demand: the content script saw an editor's signature, armed the MAIN-world
 * loader for it, and asks (`load-driver`) for that editor's driver bundle. The background is the
 * only one that can inject it (`scripting.executeScript`, MAIN world, into the sender's own tab
 * and frame, as the browser reports them). It injects only bundles of its own list, named by
 * itself: the request carries an editor id, never a file or code.
 */
export interface DriverLoaderConfig {
  extensionId: string;
  /** True for a page of this extension: a panel can't ask for drivers, only a content script. */
  isExtensionPage(url: string | undefined): boolean;
  /** The editors that have a driver bundle (src/editors/signatures.ts). */
  editors: readonly string[];
  /** Runs one extension file in the MAIN world of that frame, before it would otherwise run. */
  inject(tabId: number, frameId: number, file: string): Promise<unknown>;
}

type Handlers = { [K in keyof ContentRequests]: (payload: ContentRequests[K], tabId: number, frameId: number) => Promise<ContentAnswers[K]> };

/** Returns the `runtime.onMessage` listener (answers with a promise; ignores what isn't ours). */
export function contentRequestListener(config: DriverLoaderConfig) {
  const handlers: Handlers = {
    async 'load-driver'({ editor }, tabId, frameId) {
      if (typeof editor !== 'string' || !config.editors.includes(editor)) return { loaded: false };
      try {
        await config.inject(tabId, frameId, driverBundleFile(editor));
        return { loaded: true };
      } catch {
        return { loaded: false }; // the frame navigated away, or the site's permission was revoked
      }
    },
  };
  return (msg: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    // A content script of this extension, in a web page's frame: the browser says so, not the message.
    if (sender.id !== config.extensionId || tabId === undefined || typeof frameId !== 'number' || config.isExtensionPage(sender.url)) return undefined;
    if (!isEnvelopeOf(msg, CONTENT_REQUEST_TYPES)) return undefined;
    const type = msg.type as keyof ContentRequests;
    return handlers[type](msg.payload as ContentRequests[typeof type], tabId, frameId);
  };
}
