import type { Runtime } from 'webextension-polyfill';
import { isEnvelopeOf, message, type Handlers } from './messages';

/**
 * A typed end of a channel between the content script and a panel: sends `Out` envelopes and
 * hands each incoming `In` envelope to its handler by type; anything else is dropped. Two kinds
 * of wire carry it: a MessagePort (the docked panel) and a runtime port opened with
 * `tabs.connect` (a pop-out panel in a tab of its own). Both close with `signal`.
 */
export interface Endpoint<Out> {
  post<K extends keyof Out>(type: K, payload: Out[K]): void;
}

export interface Wire {
  send(data: unknown): void;
  listen(fn: (data: unknown) => void, signal: AbortSignal): void;
  /** Called when the other end is known to be gone (a runtime port disconnects; a MessagePort never says). */
  onGone(fn: () => void, signal: AbortSignal): void;
  close(): void;
}

export function messagePortWire(port: MessagePort): Wire {
  return {
    send: (data) => port.postMessage(data),
    listen: (fn, signal) => {
      port.addEventListener('message', (event) => fn(event.data), { signal });
      port.start();
    },
    onGone: () => undefined,
    close: () => port.close(),
  };
}

export function runtimePortWire(port: Runtime.Port): Wire {
  let open = true;
  const gone = new Set<() => void>();
  port.onDisconnect.addListener(() => {
    open = false;
    for (const fn of gone) fn();
  });
  return {
    send: (data) => {
      if (open) port.postMessage(data);
    },
    listen: (fn, signal) => {
      const listener = (data: unknown) => {
        if (!signal.aborted) fn(data);
      };
      port.onMessage.addListener(listener);
      signal.addEventListener('abort', () => port.onMessage.removeListener(listener), { once: true });
    },
    onGone: (fn, signal) => {
      gone.add(fn);
      signal.addEventListener('abort', () => gone.delete(fn), { once: true });
    },
    close: () => {
      if (open) port.disconnect();
      open = false;
    },
  };
}

export function openEndpoint<In, Out>(wire: Wire, types: readonly (keyof In & string)[], handlers: Handlers<In>, signal: AbortSignal): Endpoint<Out> {
  wire.listen((data) => {
    if (signal.aborted || !isEnvelopeOf(data, types)) return;
    const handler = (handlers as Record<string, (p: unknown) => void>)[data.type];
    if (Object.prototype.hasOwnProperty.call(handlers, data.type) && handler) handler(data.payload);
  }, signal);
  signal.addEventListener('abort', () => wire.close(), { once: true });
  return {
    post(type, payload) {
      if (!signal.aborted) wire.send(message<Out, typeof type>(type, payload));
    },
  };
}
