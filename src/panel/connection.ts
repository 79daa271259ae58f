import { browser } from '../platform/browser';
import type { ApplyResult } from '../adapters/types';
import type { TextEdit } from '../core/types';
import { dispatch, message, PORT_PANEL, type BackgroundToPanel, type ContentToPanel, type PanelToBackground, type PanelToContent } from '../protocol/messages';

export type Draft = ContentToPanel['draft'];
export type LinkCheckOutcome = BackgroundToPanel['link-results'];

/** The panel's end of the channel to its tab's content script (through the background). */
export interface Connection {
  apply(edits: TextEdit[], expected: string): Promise<ApplyResult>;
  reveal(start: number, end: number): void;
  status(errors: number, warnings: number): void;
  collapse(collapsed: boolean): void;
  /** Asks the content script whether the docked panel is actually visible (false with a reason, or after a timeout). */
  visible(): Promise<{ visible: boolean; reason?: string }>;
  /** Asks the background to check these addresses (it holds the host permissions); one run at a time. */
  checkLinks(urls: string[], baseUrl: string | undefined, onProgress: (done: number, total: number) => void): Promise<LinkCheckOutcome>;
  cancelLinkCheck(): void;
}

const VISIBLE_TIMEOUT_MS = 2000;

/** `onClosed` runs when the editor's session ends (editor left, another document, page gone). */
export function connect(onDraft: (draft: Draft) => void, signal: AbortSignal, onClosed: () => void = () => undefined): Connection {
  const port = browser.runtime.connect({ name: PORT_PANEL });
  signal.addEventListener('abort', () => port.disconnect(), { once: true });
  const waiting = new Map<number, (r: ApplyResult) => void>();
  const asked = new Map<number, (v: { visible: boolean; reason?: string }) => void>();
  let nextId = 1;
  const linkRuns = new Map<number, { resolve: (o: LinkCheckOutcome) => void; onProgress: (done: number, total: number) => void }>();
  let nextRunId = 1;
  const sendBackground = <K extends keyof PanelToBackground>(type: K, payload: PanelToBackground[K]) => port.postMessage(message<PanelToBackground, K>(type, payload));
  const send = <K extends keyof PanelToContent>(type: K, payload: PanelToContent[K]) => port.postMessage(message<PanelToContent, K>(type, payload));

  const handlers: { [K in keyof (ContentToPanel & BackgroundToPanel)]: (p: (ContentToPanel & BackgroundToPanel)[K]) => void } = {
    draft: (d: Draft) => {
      if (typeof d.text === 'string' && typeof d.revision === 'number') onDraft(d);
    },
    applied: ({ requestId, result }: ContentToPanel['applied']) => {
      waiting.get(requestId)?.(result);
      waiting.delete(requestId);
    },
    visibility: ({ requestId, visible, reason }: ContentToPanel['visibility']) => {
      asked.get(requestId)?.({ visible: visible === true, ...(typeof reason === 'string' ? { reason } : {}) });
      asked.delete(requestId);
    },
    'link-progress': ({ runId, done, total }) => linkRuns.get(runId)?.onProgress(done, total),
    'link-results': (outcome) => {
      linkRuns.get(outcome.runId)?.resolve(outcome);
      linkRuns.delete(outcome.runId);
    },
  };
  port.onMessage.addListener((msg: unknown) => {
    if (!signal.aborted) dispatch<ContentToPanel & BackgroundToPanel>(handlers, msg);
  });
  port.onDisconnect.addListener(() => {
    for (const resolve of waiting.values()) resolve({ ok: false, reason: 'failed', message: 'The editor page is gone (closed or reloaded).' });
    waiting.clear();
    for (const [runId, run] of linkRuns) run.resolve({ runId, results: [], notAllowed: [], error: 'The editor page is gone (closed or reloaded).' });
    linkRuns.clear();
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
    visible: () =>
      new Promise((resolve) => {
        const requestId = nextId++;
        const timer = setTimeout(() => {
          asked.delete(requestId);
          resolve({ visible: false, reason: 'the editor page did not answer' });
        }, VISIBLE_TIMEOUT_MS);
        asked.set(requestId, (v) => {
          clearTimeout(timer);
          resolve(v);
        });
        send('visible?', { requestId });
      }),
    checkLinks: (urls, baseUrl, onProgress) =>
      new Promise((resolve) => {
        const runId = nextRunId++;
        linkRuns.set(runId, { resolve, onProgress });
        sendBackground('check-links', { runId, urls, baseUrl });
      }),
    cancelLinkCheck: () => {
      for (const runId of linkRuns.keys()) sendBackground('cancel-link-check', { runId });
    },
  };
}
