import { adapters } from '../adapters/index';
import type { EditorAdapter } from '../adapters/types';
import { findEditor } from './detect';
import { pageBridge } from './page-bridge';
import { startSession } from './session';

/** Bridged adapters (CodeMirror, Monaco, Decap) say when their editor or document is gone. */
type Losable = EditorAdapter & { onLost?(fn: () => void, signal: AbortSignal): void };

/**
 * The small script that runs on every matching page: finds an editor, then mounts the panel.
 * The core (parser, rules, preview) is NOT imported here; it runs in the panel.
 */
export function init(signal: AbortSignal): void {
  // At document_start, before any page script: the handshake with the MAIN-world script must
  // happen before the page could listen in (see docs/editors.md).
  pageBridge(document, signal);
  void run(signal);
}

/**
 * One session per editor document: when the editor goes away or opens another document
 * (Decap entry A → B → new entry), that session and its panel end, so nothing of the old
 * document stays on screen, and detection starts over for the next one.
 */
async function run(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const adapter: Losable = await findEditor(document, adapters, signal);
    if (signal.aborted) return;
    const session = new AbortController();
    const stop = () => session.abort();
    signal.addEventListener('abort', stop, { once: true, signal: session.signal });
    const lost = new Promise<void>((resolve) => {
      if (!adapter.onLost) return; // a textarea stays until the page goes
      adapter.onLost(resolve, session.signal);
    });
    try {
      await startSession(adapter, session.signal);
    } catch (error) {
      console.error('Post Preflight could not start:', error);
      session.abort();
      return;
    }
    await lost;
    session.abort();
  }
}

// The toolbar button may inject this file into a page that already runs it: start once.
const flag = '__postPreflightStarted';
const scope = globalThis as typeof globalThis & Record<typeof flag, boolean | undefined>;
if (!scope[flag]) {
  scope[flag] = true;
  init(new AbortController().signal);
}
