import { nativeBrowser as browser, panelOrigins, panelUrl } from '../platform/native-browser';
import { messagePortWire, openEndpoint, runtimePortWire, type Endpoint, type Wire } from '../protocol/endpoint';
import {
  BACKGROUND_TO_CONTENT_TYPES,
  PANEL_TO_CONTENT_TYPES,
  isEnvelopeOf,
  type BackgroundToContent,
  type ContentToPanel,
  type PanelToContent,
} from '../protocol/messages';
import { newPairingSecret, PAIR_PARAM, pairingTag } from '../protocol/pairing';
import type { EditorAdapter } from '../editors/types';
import type { BackgroundLink } from './background-link';
import { mountDock } from './dock';
import { panelFocusSettled, refocusAfterLateBlur, trackFrameFocus } from './panel-focus';
import { pairWithFrame } from './pair-frame';
import { popOutDoor } from './pop-outs';

/** Why a session ended, as its panels are told (`closed`). */
export type SessionEnd = ContentToPanel['closed']['reason'];

type PanelLink = Endpoint<ContentToPanel>;

/**
 * One editor found in the page: mounts the dock, pairs with the panel iframe it created over a
 * MessagePort of their own, and serves that panel and the pop-outs opened from it (runtime
 * ports from `tabs.connect`, see pop-outs.ts): drafts out,
 * fixes in. The background is not on this path; the session ends only with `outer` (editor
 * gone, page gone, extension updated), whose reason the panels are told.
 */
export async function startSession(adapter: EditorAdapter, outer: AbortSignal, background: BackgroundLink): Promise<void> {
  const session = new AbortController();
  const signal = session.signal;
  outer.addEventListener('abort', () => session.abort(outer.reason), { once: true, signal });

  const secret = newPairingSecret();
  const dock = await mountDock(document, panelUrl({ [PAIR_PARAM]: pairingTag(secret) }), () => undefined, signal);

  let revision = 0;
  const schema = adapter.schema?.();
  const draft = () => ({ revision: ++revision, text: adapter.read(), adapterId: adapter.id, url: location.href, ...(schema ? { schema } : {}) });

  // Panels that said `ready`: each draft goes to all of them. A channel that never says it
  // (offered to an origin the frame doesn't have) gets nothing.
  const panels = new Set<PanelLink>();
  const broadcast = () => {
    const d = draft();
    for (const link of panels) link.post('draft', d);
  };
  let pending = false;
  // Keystrokes in one task collapse into one draft message carrying the newest text.
  const sendDraft = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!signal.aborted) broadcast();
    });
  };

  const frameFocus = trackFrameFocus(window, signal);
  // What the page names as focused while the keyboard is in the panel (its frame sits in the host's shadow root).
  const dockHost = (dock.frame.getRootNode() as ShadowRoot).host;
  const popOuts = popOutDoor((port) => accept(runtimePortWire(port), false), signal);

  const accept = (wire: Wire, docked: boolean) => {
    const life = new AbortController();
    // A click in the docked panel may not have reached the page yet (panel-focus.ts): `act` runs once
    // it has, and when that took too long, the editor it gives the caret to gets it again after the click's late blur.
    const afterClick = async <T>(act: () => T | Promise<T>): Promise<T> => {
      const late = docked ? await panelFocusSettled(window, frameFocus) : false;
      const result = await act();
      if (late) refocusAfterLateBlur(window, dockHost, life.signal);
      return result;
    };
    signal.addEventListener('abort', () => {
      const reason: SessionEnd = signal.reason === 'page-gone' || signal.reason === 'extension-updated' ? signal.reason : 'editor-gone';
      link.post('closed', { reason });
      life.abort();
    }, { once: true, signal: life.signal });
    wire.onGone(() => {
      panels.delete(link);
      life.abort();
    }, life.signal);
    const link: PanelLink = openEndpoint<PanelToContent, ContentToPanel>(wire, PANEL_TO_CONTENT_TYPES, {
      ready: () => {
        panels.add(link);
        link.post('draft', draft());
      },
      apply: ({ requestId, edits, expected }) => {
        void afterClick(() => adapter.apply(edits, expected))
          .catch((error: Error) => ({ ok: false as const, reason: 'failed' as const, say: 'applyRejected' as const, params: { detail: error.message } }))
          .then((result) => link.post('applied', { requestId, result }));
      },
      reveal: ({ start, end, field }) => {
        void afterClick(() => {
          if (!life.signal.aborted) adapter.reveal?.(start, end, typeof field === 'string' ? field : undefined);
        });
      },
      status: ({ errors, warnings }) => {
        if (typeof errors !== 'number' || typeof warnings !== 'number') return;
        dock.setBadge(errors, warnings);
        background.status(errors, warnings);
      },
      collapse: ({ collapsed }) => dock.setCollapsed(collapsed === true),
      'pop-out': () => background.openPopOut(popOuts.issue()),
      // Asked by the docked panel before any change to the post (clickjacking, #10 item 8).
      'visible?': ({ requestId }) => link.post('visibility', { requestId, ...dock.visibility() }),
    }, life.signal);
  };
  pairWithFrame(dock.frame, secret, panelOrigins(), (port) => accept(messagePortWire(port), true), signal);

  // The toolbar button and shortcut (background → tabs.sendMessage), answered so the background
  // knows a panel was here.
  // Answered with sendResponse, not a returned promise: this script has no polyfill (native-browser.ts).
  const onBackground = (msg: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: true) => void): undefined => {
    if (signal.aborted || sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if (!isEnvelopeOf(msg, BACKGROUND_TO_CONTENT_TYPES)) return undefined;
    const handlers: { [K in keyof BackgroundToContent]: () => void } = { toggle: () => dock.toggle() };
    handlers[msg.type as keyof BackgroundToContent]();
    sendResponse(true);
    return undefined;
  };
  // The polyfill's types want `true` back from a sendResponse listener; natively, undefined says "answered already".
  const listener = onBackground as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });

  adapter.subscribe(sendDraft, signal);
}
