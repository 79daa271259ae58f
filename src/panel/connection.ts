import type { ApplyResult } from '../adapters/types';
import type { TextEdit } from '../core/types';
import { panelUrl } from '../platform/browser';
import { portEndpoint, type PortEndpoint } from '../protocol/endpoint';
import { CONTENT_TO_PANEL_TYPES, toWindowMessage, windowMessage, type ContentToPanel, type PanelToContent } from '../protocol/messages';
import { POP_OUT_PARAM } from '../protocol/pairing';
import { linkCheckChannel, type LinkCheckOutcome } from './link-check-channel';
import { awaitChannel } from './pairing';

export type Draft = ContentToPanel['draft'];
export type { LinkCheckOutcome };

/**
 * The panel's end of its channels: to the content script of the editor page (a MessagePort
 * of their own, see pairing.ts: drafts, fixes, reveal), and to the background for link checks.
 */
export interface Connection {
  apply(edits: TextEdit[], expected: string): Promise<ApplyResult>;
  reveal(start: number, end: number): void;
  status(errors: number, warnings: number): void;
  collapse(collapsed: boolean): void;
  /** Asks the background to check these addresses (it holds the host permissions); one run at a time. */
  checkLinks(urls: string[], baseUrl: string | undefined, onProgress: (done: number, total: number) => void): Promise<LinkCheckOutcome>;
  cancelLinkCheck(): void;
  /**
   * Opens this panel in a tab of its own, paired with the same editor (through this panel: it
   * asks its content script for a second channel and hands it to the new window). Call it from
   * a click: it opens a window. False when the browser refused to open one.
   */
  popOut(): boolean;
}

const GONE: Record<ContentToPanel['closed']['reason'], string> = {
  'editor-gone': 'The editor was closed, so the change was not made.',
  'page-gone': 'The editor page is gone (closed or reloaded), so the change was not made.',
  'extension-updated': 'Post Preflight was updated; reload the page to continue. The change was not made.',
};

/** `onClosed` runs when the editor's session ends (editor left, another document, page gone) or can never start. */
export function connect(onDraft: (draft: Draft) => void, signal: AbortSignal, onClosed: () => void = () => undefined): Connection {
  const waiting = new Map<number, (r: ApplyResult) => void>();
  const popOutRequests = new Map<number, Window>();
  const popOuts = new Set<Window>();
  let nextId = 1;
  let content: PortEndpoint<PanelToContent> | undefined;
  // What the panel says before the channel is there (it is, within milliseconds of loading).
  const queued: [keyof PanelToContent, unknown][] = [];
  const send = <K extends keyof PanelToContent>(type: K, payload: PanelToContent[K]) => {
    if (content) content.post(type, payload);
    else queued.push([type, payload]);
  };
  const links = linkCheckChannel(signal);

  const close = (reason: ContentToPanel['closed']['reason']) => {
    for (const resolve of waiting.values()) resolve({ ok: false, reason: 'failed', message: GONE[reason] });
    waiting.clear();
    if (!signal.aborted) onClosed();
  };

  void awaitChannel(signal).then((port) => {
    if (signal.aborted) return;
    if (!port) return close('editor-gone');
    content = portEndpoint<ContentToPanel, PanelToContent>(port, CONTENT_TO_PANEL_TYPES, {
      draft: (d) => {
        if (typeof d.text === 'string' && typeof d.revision === 'number') onDraft(d);
      },
      applied: ({ requestId, result }) => {
        waiting.get(requestId)?.(result);
        waiting.delete(requestId);
      },
      'pop-out-channel': ({ requestId }, ports) => {
        const target = popOutRequests.get(requestId);
        popOutRequests.delete(requestId);
        if (target && ports[0] && !target.closed) target.postMessage(toWindowMessage('pop-out', {}), location.origin, [ports[0]]);
      },
      closed: ({ reason }) => close(reason in GONE ? reason : 'editor-gone'),
    }, signal);
    content.post('ready', {});
    for (const [type, payload] of queued.splice(0)) content.post(type, payload as never);
  });

  // A pop-out this panel opened asks for its channel (again after a reload of its own).
  addEventListener('message', (event) => {
    if (event.origin !== location.origin || !popOuts.has(event.source as Window)) return;
    if (windowMessage(event.data)?.type !== 'pop-out-ready') return;
    const requestId = nextId++;
    popOutRequests.set(requestId, event.source as Window);
    send('pop-out', { requestId });
  }, { signal });

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
    checkLinks: (urls, baseUrl, onProgress) => links.check(urls, baseUrl, onProgress),
    cancelLinkCheck: () => links.cancel(),
    popOut: () => {
      const opened = window.open(panelUrl({ [POP_OUT_PARAM]: '1' }), '_blank');
      if (!opened) return false;
      popOuts.add(opened);
      return true;
    },
  };
}
