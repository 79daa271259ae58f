import { browser, panelUrl } from '../platform/browser';
import {
  dispatch,
  message,
  PORT_CONTENT,
  type BackgroundToContent,
  type ContentToBackground,
  type ContentToPanel,
  type Handlers,
  type PanelToContent,
} from '../protocol/messages';
import type { EditorAdapter } from '../adapters/types';
import { mountDock } from './dock';

/**
 * One editor found in the page: mounts the dock and relays between the editor and the
 * panel(s) through the background. The draft never leaves the extension's own channels.
 */
export async function startSession(adapter: EditorAdapter, outer: AbortSignal): Promise<void> {
  // Ends with the outer signal, or when the extension goes away (port disconnected on reload/update).
  const session = new AbortController();
  const signal = session.signal;
  outer.addEventListener('abort', () => session.abort(), { once: true, signal });
  const port = browser.runtime.connect({ name: PORT_CONTENT });
  signal.addEventListener('abort', () => port.disconnect(), { once: true });

  const send = <K extends keyof ContentToPanel>(type: K, payload: ContentToPanel[K]) => port.postMessage(message<ContentToPanel, K>(type, payload));
  const token = crypto.randomUUID();
  port.postMessage(message<ContentToBackground, 'hello'>('hello', { panelToken: token }));

  let revision = 0;
  const schema = adapter.schema?.();
  const draft = () => ({ revision: ++revision, text: adapter.read(), adapterId: adapter.id, url: location.href, ...(schema ? { schema } : {}) });
  let pending = false;
  // Keystrokes in one task collapse into one draft message carrying the newest text.
  const sendDraft = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      send('draft', draft());
    });
  };

  const dock = await mountDock(document, panelUrl({ token }), () => undefined, signal);

  const fromPanel: Handlers<PanelToContent> = {
    ready: () => send('draft', draft()),
    apply: ({ requestId, edits, expected }) => {
      void adapter
        .apply(edits, expected)
        .catch((error: Error) => ({ ok: false as const, reason: 'failed' as const, message: error.message }))
        .then((result) => send('applied', { requestId, result }));
    },
    reveal: ({ start, end }) => adapter.reveal?.(start, end),
    status: ({ errors, warnings }) => dock.setBadge(errors, warnings),
    collapse: ({ collapsed }) => dock.setCollapsed(collapsed),
    'visible?': ({ requestId }) => send('visibility', { requestId, ...dock.visibility() }),
  };
  const fromBackground: Handlers<BackgroundToContent> = {
    toggle: () => dock.toggle(),
  };
  // The port only ever carries messages from the background (which checked their senders);
  // both maps are tried, anything else is dropped.
  port.onMessage.addListener((msg: unknown) => {
    if (signal.aborted) return;
    if (!dispatch(fromPanel, msg)) dispatch(fromBackground, msg);
  });
  port.onDisconnect.addListener(() => {
    // The extension was reloaded or updated: this script is orphaned, so remove its UI.
    session.abort();
  });

  adapter.subscribe(sendDraft, signal);
}
