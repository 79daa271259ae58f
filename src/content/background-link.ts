import type { Runtime } from 'webextension-polyfill';
import { nativeBrowser as browser } from '../platform/native-browser';
import { message, PORT_CONTENT, type ContentAnswers, type ContentRequests, type ContentToBackground } from '../protocol/messages';

/**
 * The content script's line to the background, for the toolbar badge and to open a pop-out
 * panel (only the background knows this tab's id and may open tabs). Opened when there is
 * something to send, dropped when the background goes away (Chrome stops an idle service
 * worker, Firefox unloads an idle background), opened again on the next message: the background
 * is never kept awake by this tab, and nothing here depends on it being awake.
 */
export interface BackgroundLink {
  /** The panel's counts; sent only when they differ from the last counts sent. */
  status(errors: number, warnings: number): void;
  /** Asks the background to open a pop-out panel for this tab, bound by `secret`. */
  openPopOut(secret: string): void;
}

export function backgroundLink(signal: AbortSignal): BackgroundLink {
  let port: Runtime.Port | undefined;
  let last = '';
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });

  const send = <K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]) => {
    if (signal.aborted) return;
    try {
      if (!port) {
        const opened = browser.runtime.connect({ name: PORT_CONTENT });
        opened.onDisconnect.addListener(() => {
          if (port !== opened) return;
          port = undefined;
          // What was posted just before the background stopped may be lost: send the next counts again.
          last = '';
        });
        port = opened;
      }
      port.postMessage(message<ContentToBackground, K>(type, payload));
    } catch {
      // The extension was updated or removed: the content script retires on its own (index.ts).
      port = undefined;
    }
  };

  return {
    status(errors, warnings) {
      const key = `${errors}/${warnings}`;
      if (key === last) return;
      last = key;
      send('status', { errors, warnings });
    },
    openPopOut: (secret) => send('open-pop-out', { secret }),
  };
}

/**
 * Asks the background to inject `editor`'s driver bundle into this frame's MAIN world (the page
 * bridge armed the loader for it first). `runtime.sendMessage` starts a stopped background.
 * Resolves false when the background refused or could not (never rejects).
 */
export async function requestDriver(editor: string): Promise<boolean> {
  try {
    const answer = (await browser.runtime.sendMessage(message<ContentRequests, 'load-driver'>('load-driver', { editor }))) as ContentAnswers['load-driver'] | null | undefined;
    return answer?.loaded === true;
  } catch {
    return false; // the extension was updated or removed: the content script retires on its own
  }
}
