import { browser } from '../platform/browser';
import { messagePortWire, runtimePortWire, type Wire } from '../protocol/endpoint';
import { PORT_POP_OUT_PREFIX, windowMessage } from '../protocol/messages';
import { isSecret, PAIR_PARAM, POP_OUT_KEY_PARAM, POP_OUT_PARAM, secretMatches } from '../protocol/pairing';

/**
 * How this panel reaches the content script of its editor page, the only way it hears of a draft:
 * - docked: the content script that created this iframe hands it a MessagePort, with the
 *   secret whose hash is the `pair` tag of this document's URL. The page can post to this
 *   frame as well, but can neither read the secret nor compute it from the tag, so its offers
 *   are ignored;
 * - pop-out (a tab the background opened for the editor's tab): `tabs.connect` to that tab,
 *   naming the one-time secret the content script made for it. A page that opens panel.html
 *   itself has no secret to name, and the content script refuses it.
 * Resolves undefined when this document can never be paired.
 */
export function awaitChannel(signal: AbortSignal): Promise<Wire | undefined> {
  const params = new URLSearchParams(location.search);
  if (params.has(POP_OUT_PARAM)) return Promise.resolve(popOutWire(params));
  const tag = params.get(PAIR_PARAM);
  if (!tag) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const stop = new AbortController();
    signal.addEventListener('abort', () => {
      stop.abort();
      resolve(undefined);
    }, { once: true, signal: stop.signal });
    addEventListener('message', (event) => {
      const m = windowMessage(event.data);
      const port = event.ports[0];
      if (m?.type !== 'pair' || !port || !secretMatches(m.payload.secret, tag)) return;
      stop.abort();
      resolve(messagePortWire(port));
    }, { signal: stop.signal });
  });
}

/** Whether this document is the panel docked in the editor page (not a pop-out). */
export function isDocked(): boolean {
  return new URLSearchParams(location.search).has(PAIR_PARAM);
}

function popOutWire(params: URLSearchParams): Wire | undefined {
  const tabId = Number(params.get(POP_OUT_PARAM));
  const secret = params.get(POP_OUT_KEY_PARAM);
  if (!Number.isInteger(tabId) || tabId < 0 || !isSecret(secret)) return undefined;
  let wire: Wire;
  try {
    wire = runtimePortWire(browser.tabs.connect(tabId, { name: PORT_POP_OUT_PREFIX + secret, frameId: 0 }));
  } catch {
    return undefined;
  }
  return {
    ...wire,
    // The port's disconnect says the editor page went away; the tab's removal says it too, in
    // case a browser closes a tab without disconnecting its ports first.
    onGone(fn, signal) {
      wire.onGone(fn, signal);
      const onRemoved = (removed: number) => {
        if (removed === tabId) fn();
      };
      browser.tabs.onRemoved.addListener(onRemoved);
      signal.addEventListener('abort', () => browser.tabs.onRemoved.removeListener(onRemoved), { once: true });
    },
  };
}
