import type { ApplyResult } from '../protocol/apply-result';
import type { TextEdit } from '../core/types';
import { openEndpoint, type Endpoint } from '../protocol/endpoint';
import { CONTENT_TO_PANEL_TYPES, type ContentToPanel, type PanelToContent } from '../protocol/messages';
import { tr } from '../platform/locale';
import { linkCheckChannel, type LinkCheckOutcome } from './link-check-channel';
import { asHiddenReason, type HiddenReason } from '../protocol/hidden-reason';
import { awaitChannel } from './pairing';

export type Draft = ContentToPanel['draft'];
export type { LinkCheckOutcome };

/**
 * The panel's end of its channels: to the content script of the editor page (its own channel,
 * see pairing.ts: drafts, fixes, reveal), and to the background for link checks.
 */
export interface Connection {
  apply(edits: TextEdit[], expected: string): Promise<ApplyResult>;
  reveal(start: number, end: number, field?: string): void;
  status(errors: number, warnings: number): void;
  collapse(collapsed: boolean): void;
  /** Asks the content script whether the docked panel is actually visible (false with a reason, or after a timeout). */
  visible(): Promise<{ visible: boolean; why?: HiddenReason }>;
  /** Asks the background to check these addresses (it holds the host permissions); one run at a time. */
  checkLinks(urls: string[], baseUrl: string | undefined, onProgress: (done: number, total: number) => void): Promise<LinkCheckOutcome>;
  cancelLinkCheck(): void;
  /**
   * Opens this panel in a tab of its own, paired with the same editor: the content script makes
   * a one-time secret and the background opens the tab with it (see content/pop-outs.ts).
   */
  popOut(): void;
}

const VISIBLE_TIMEOUT_MS = 2000;

const GONE = {
  'editor-gone': 'goneEditor',
  'page-gone': 'gonePage',
  'extension-updated': 'goneUpdated',
} as const satisfies Record<ContentToPanel['closed']['reason'], string>;

/** `onClosed` runs when the editor's session ends (editor left, another document, page gone) or can never start. */
export function connect(onDraft: (draft: Draft) => void, signal: AbortSignal, onClosed: () => void = () => undefined): Connection {
  const waiting = new Map<number, (r: ApplyResult) => void>();
  const asked = new Map<number, (v: { visible: boolean; why?: HiddenReason }) => void>();
  let nextId = 1;
  let content: Endpoint<PanelToContent> | undefined;
  // What the panel says before the channel is there (it is, within milliseconds of loading).
  const queued: [keyof PanelToContent, unknown][] = [];
  const send = <K extends keyof PanelToContent>(type: K, payload: PanelToContent[K]) => {
    if (content) content.post(type, payload);
    else queued.push([type, payload]);
  };
  const links = linkCheckChannel(signal);

  let ended = false;
  const close = (reason: ContentToPanel['closed']['reason']) => {
    if (ended) return;
    ended = true;
    for (const resolve of waiting.values()) resolve({ ok: false, reason: 'failed', say: GONE[reason] });
    waiting.clear();
    for (const answer of asked.values()) answer({ visible: false, why: { say: 'hiddenPageGone' } });
    asked.clear();
    if (!signal.aborted) onClosed();
  };

  void awaitChannel(signal).then((wire) => {
    if (signal.aborted) return;
    if (!wire) return close('editor-gone');
    // A pop-out's port drops when the editor page goes (or refused the connection).
    wire.onGone(() => close('page-gone'), signal);
    content = openEndpoint<ContentToPanel, PanelToContent>(wire, CONTENT_TO_PANEL_TYPES, {
      draft: (d) => {
        if (typeof d.text === 'string' && typeof d.revision === 'number') onDraft(d);
      },
      applied: ({ requestId, result }) => {
        waiting.get(requestId)?.(result);
        waiting.delete(requestId);
      },
      closed: ({ reason }) => close(reason in GONE ? reason : 'editor-gone'),
      visibility: ({ requestId, visible, why }) => {
        const reason = asHiddenReason(why);
        asked.get(requestId)?.({ visible: visible === true, ...(reason ? { why: reason } : {}) });
        asked.delete(requestId);
      },
    }, signal);
    content.post('ready', {});
    for (const [type, payload] of queued.splice(0)) content.post(type, payload as never);
  });

  return {
    apply: (edits, expected) =>
      new Promise((resolve) => {
        const requestId = nextId++;
        waiting.set(requestId, resolve);
        send('apply', { requestId, edits, expected });
      }),
    reveal: (start, end, field) => send('reveal', field === undefined ? { start, end } : { start, end, field }),
    status: (errors, warnings) => send('status', { errors, warnings }),
    collapse: (collapsed) => send('collapse', { collapsed }),
    visible: () =>
      new Promise((resolve) => {
        const requestId = nextId++;
        const timer = setTimeout(() => {
          asked.delete(requestId);
          resolve({ visible: false, why: { say: 'hiddenNoAnswer' } });
        }, VISIBLE_TIMEOUT_MS);
        asked.set(requestId, (v) => {
          clearTimeout(timer);
          resolve(v);
        });
        send('visible?', { requestId });
      }),
    checkLinks: (urls, baseUrl, onProgress) => links.check(urls, baseUrl, onProgress),
    cancelLinkCheck: () => links.cancel(),
    popOut: () => send('pop-out', {}),
  };
}
