import { isEnvelopeOf, message } from './messages';

/**
 * A typed end of a MessagePort: sends `Out` envelopes and hands each incoming `In` envelope to
 * its handler by type (with any ports transferred along). Anything else is dropped. The port
 * closes with `signal`.
 */
export type PortHandlers<In> = { [K in keyof In]: (payload: In[K], ports: readonly MessagePort[]) => void };

export interface PortEndpoint<Out> {
  post<K extends keyof Out>(type: K, payload: Out[K], transfer?: Transferable[]): void;
}

export function portEndpoint<In, Out>(port: MessagePort, types: readonly (keyof In & string)[], handlers: PortHandlers<In>, signal: AbortSignal): PortEndpoint<Out> {
  port.addEventListener(
    'message',
    (event) => {
      const data: unknown = event.data;
      if (signal.aborted || !isEnvelopeOf(data, types)) return;
      const handler = (handlers as Record<string, (p: unknown, ports: readonly MessagePort[]) => void>)[data.type];
      if (Object.prototype.hasOwnProperty.call(handlers, data.type) && handler) handler(data.payload, event.ports);
    },
    { signal },
  );
  port.start();
  signal.addEventListener('abort', () => port.close(), { once: true });
  return {
    post(type, payload, transfer = []) {
      if (signal.aborted) return;
      port.postMessage(message<Out, typeof type>(type, payload), transfer);
    },
  };
}
