import { adapters } from '../editors/adapters';
import type { EditorAdapter } from '../editors/types';
import { backgroundLink, requestDriver } from './background-link';
import { findEditor } from './detect';
import { pageBridge } from '../editors/page-bridge';
import { showUpdatedNotice, watchForRetirement } from './retire';
import { startSession, type SessionEnd } from './session';
import { removeStaleUi } from './stale-ui';

/** Bridged adapters (CodeMirror, Monaco, Decap) say when their editor or document is gone. */
type Losable = EditorAdapter & { onLost?(fn: () => void, signal: AbortSignal): void };

/**
 * The small script that runs on every matching page: finds an editor, then mounts the panel.
 * The core (parser, rules, preview) is NOT imported here; it runs in the panel.
 */
export function init(signal: AbortSignal): void {
  // At document_start, before any page script: the handshake with the MAIN-world script must
  // happen before the page could listen in (see docs/editors.md). Editor drivers come later,
  // from the background, only for an editor seen on the page.
  pageBridge(document, signal, requestDriver);
  removeStaleUi(document);
  const life = new AbortController();
  signal.addEventListener('abort', () => life.abort(signal.reason), { once: true, signal: life.signal });
  let docked = false;
  // An update or reload of the extension: end every session (their panels are gone) and say so.
  watchForRetirement(() => {
    life.abort('extension-updated' satisfies SessionEnd);
    if (docked) showUpdatedNotice(document);
    scope[flag] = { retired: true };
  }, life.signal);
  // The page is going away for good (not into the back/forward cache): pop-out panels are told.
  addEventListener('pagehide', (event) => {
    if (!event.persisted) life.abort('page-gone' satisfies SessionEnd);
  }, { signal: life.signal });
  void run(life.signal, () => (docked = true));
}

/**
 * One session per editor document: when the editor goes away or opens another document
 * (Decap entry A → B → new entry), that session and its panel end, so nothing of the old
 * document stays on screen, and detection starts over for the next one.
 */
async function run(signal: AbortSignal, onDocked: () => void): Promise<void> {
  const background = backgroundLink(signal);
  while (!signal.aborted) {
    const adapter: Losable = await findEditor(document, adapters, signal);
    if (signal.aborted) return;
    const session = new AbortController();
    const stop = () => session.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true, signal: session.signal });
    const lost = new Promise<void>((resolve) => {
      if (!adapter.onLost) return; // a textarea stays until the page goes
      adapter.onLost(resolve, session.signal);
    });
    try {
      await startSession(adapter, session.signal, background);
      onDocked();
    } catch (error) {
      console.error('Post Preflight could not start:', error);
      session.abort();
      return;
    }
    await lost;
    session.abort('editor-gone' satisfies SessionEnd);
  }
}

// The toolbar button may inject this file into a page that already runs it: start once (unless
// the copy running here belongs to an extension that was since updated and has retired).
const flag = '__postPreflightStarted';
const scope = globalThis as typeof globalThis & Record<typeof flag, { retired: boolean } | boolean | undefined>;
const running = scope[flag];
if (!running || (typeof running === 'object' && running.retired)) {
  scope[flag] = { retired: false };
  init(new AbortController().signal);
}
