import { toWindowMessage } from '../protocol/messages';

/**
 * Hands a fresh MessagePort to the panel document in `frame` each time it loads, with the
 * pairing secret: `postMessage` addressed to the extension's origin(s), so if the page navigated
 * the frame elsewhere nothing is delivered. One channel per candidate origin (a port can be
 * transferred once); the panel answers on the one that reached it, and `onPort` gets them all.
 */
export function pairWithFrame(frame: HTMLIFrameElement, secret: string, origins: readonly string[], onPort: (port: MessagePort) => void, signal: AbortSignal): void {
  const offer = () => {
    const target = frame.contentWindow;
    if (!target || signal.aborted) return;
    for (const origin of origins) {
      const channel = new MessageChannel();
      onPort(channel.port1);
      target.postMessage(toWindowMessage('pair', { secret }), origin, [channel.port2]);
    }
  };
  frame.addEventListener('load', offer, { signal });
}
