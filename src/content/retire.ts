import { extensionAlive } from '../platform/native-browser';
import { NOTICE_TAG } from './stale-ui';

/** How often an orphaned content script notices (a property read, not a message: nothing is woken). */
const CHECK_MS = 1000;

/**
 * Calls `onRetired` once this content script's extension is gone (updated, reloaded, removed).
 * Chrome keeps the old script running, with a dead extension API and a panel iframe whose
 * extension page is gone; checked every second and whenever the tab comes back into view.
 */
export function watchForRetirement(onRetired: () => void, signal: AbortSignal): void {
  const check = () => {
    if (signal.aborted || extensionAlive()) return;
    stop.abort();
    onRetired();
  };
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
  const timer = setInterval(check, CHECK_MS);
  stop.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  document.addEventListener('visibilitychange', check, { signal: stop.signal });
  window.addEventListener('focus', check, { signal: stop.signal });
  window.addEventListener('pageshow', check, { signal: stop.signal });
}

const STYLE = `
:host { all: initial; position: fixed !important; right: 12px !important; bottom: 12px !important; z-index: 2147483646 !important; display: block !important; }
.box { font: 14px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; border: 1px solid #8888; border-left: 4px solid #1f5fbf;
  border-radius: 6px; box-shadow: 0 2px 8px #0003; padding: 10px 12px; max-width: 340px; display: flex; gap: 10px; align-items: flex-start; }
p { margin: 0; }
button { font: inherit; border: 1px solid #8888; border-radius: 4px; background: ButtonFace; color: ButtonText; padding: 2px 8px; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffbf00; }
`;

/**
 * The old panel is gone; say why and what to do, instead of leaving a dead panel. The page is
 * not reloaded for the user: the post may have unsaved changes.
 */
export function showUpdatedNotice(doc: Document): void {
  const host = doc.createElement(NOTICE_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const text = doc.createElement('p');
  text.textContent = 'Post Preflight was updated. Reload the page to continue checking this post (save your changes first).';
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => host.remove(), { once: true });
  box.append(text, dismiss);
  shadow.append(style, box);
  host.setAttribute('data-state', 'updated');
  (doc.body ?? doc.documentElement).append(host);
}
