import { browser } from '../platform/browser';
import type { ApplyResult } from '../adapters/types';
import type { TextEdit } from '../core/types';
import { dispatch, message, PORT_PANEL, type ContentToPanel, type PanelToContent } from '../protocol/messages';

export type Draft = ContentToPanel['draft'];

/** The panel's end of the channel to its tab's content script (through the background). */
export interface Connection {
  apply(edits: TextEdit[], expected: string): Promise<ApplyResult>;
  reveal(start: number, end: number): void;
  status(errors: number, warnings: number): void;
  collapse(collapsed: boolean): void;
}

/** `onClosed` runs when the editor's session ends (editor left, another document, page gone). */
export function connect(onDraft: (draft: Draft) => void, signal: AbortSignal, onClosed: () => void = () => undefined): Connection {
  const port = browser.runtime.connect({ name: PORT_PANEL });
  signal.addEventListener('abort', () => port.disconnect(), { once: true });
  const waiting = new Map<number, (r: ApplyResult) => void>();
  let nextId = 1;
  const send = <K extends keyof PanelToContent>(type: K, payload: PanelToContent[K]) => port.postMessage(message<PanelToContent, K>(type, payload));

  const handlers = {
    draft: (d: Draft) => {
      if (typeof d.text === 'string' && typeof d.revision === 'number') onDraft(d);
    },
    applied: ({ requestId, result }: ContentToPanel['applied']) => {
      waiting.get(requestId)?.(result);
      waiting.delete(requestId);
    },
  };
  port.onMessage.addListener((msg: unknown) => {
    if (!signal.aborted) dispatch<ContentToPanel>(handlers, msg);
  });
  port.onDisconnect.addListener(() => {
    for (const resolve of waiting.values()) resolve({ ok: false, reason: 'failed', message: 'The editor page is gone (closed or reloaded).' });
    waiting.clear();
    if (!signal.aborted) onClosed();
  });
  send('ready', {});

  return {
    apply: (edits, expected) =>
      new Promise((resolve) => {
        const requestId = nextId++;
        waiting.set(requestId, resolve);
        send('apply', { requestId, edits, expected });
      }),
    reveal: (start, end) => send('reveal', { start, end }),
    status: (errors, warnings) => send('status', { errors, warnings }),
    collapse: (collapsed) => send('collapse', { collapsed }),
  };
}
