import { toWindowMessage, windowMessage } from '../protocol/messages';
import { PAIR_PARAM, POP_OUT_PARAM, secretMatches } from '../protocol/pairing';

/**
 * How this panel gets its MessagePort to the content script, the only way it hears of a draft:
 * - docked: from the content script that created its iframe, with the secret whose hash is the
 *   `pair` tag of this document's URL. The page can post to this frame as well, but can
 *   neither read the secret nor compute it from the tag, so its offers are ignored;
 * - pop-out: from the panel window that opened it (`window.opener`, of this extension's own
 *   origin), which asked its content script for a second channel. A page that opens
 *   panel.html itself is the opener of nothing of ours and gets no answer.
 * Resolves undefined when this document can never be paired (no tag and no opener).
 */
export function awaitChannel(signal: AbortSignal): Promise<MessagePort | undefined> {
  const params = new URLSearchParams(location.search);
  if (params.has(POP_OUT_PARAM)) return fromOpener(signal);
  const tag = params.get(PAIR_PARAM);
  if (!tag) return Promise.resolve(undefined);
  return firstMessage(signal, (event) => {
    const m = windowMessage(event.data);
    return m?.type === 'pair' && secretMatches(m.payload.secret, tag) ? event.ports[0] : undefined;
  });
}

/** Whether this document is the panel docked in the editor page (not a pop-out). */
export function isDocked(): boolean {
  return new URLSearchParams(location.search).has(PAIR_PARAM);
}

function fromOpener(signal: AbortSignal): Promise<MessagePort | undefined> {
  const opener = window.opener as Window | null;
  if (!opener) return Promise.resolve(undefined);
  const port = firstMessage(signal, (event) => {
    if (event.source !== opener || event.origin !== location.origin) return undefined;
    return windowMessage(event.data)?.type === 'pop-out' ? event.ports[0] : undefined;
  });
  // Delivered only if the opener is a document of this extension's origin.
  opener.postMessage(toWindowMessage('pop-out-ready', {}), location.origin);
  return port;
}

function firstMessage(signal: AbortSignal, accept: (event: MessageEvent) => MessagePort | undefined): Promise<MessagePort | undefined> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    signal.addEventListener('abort', () => {
      stop.abort();
      resolve(undefined);
    }, { once: true, signal: stop.signal });
    addEventListener('message', (event) => {
      const port = accept(event);
      if (!port) return;
      stop.abort();
      resolve(port);
    }, { signal: stop.signal });
  });
}
