/** Long enough for the browser's late word under load; waited only when that word is due. */
const SETTLE_MS = 1000;

/**
 * Resolves once the page knows that the focus went into the docked panel, so a jump to a
 * finding (or a fix that gives the caret back) can take it back to the editor for good.
 *
 * A click in the panel moves the focus into its frame, and Chromium tells the page so across
 * processes (the panel is an out-of-process frame). On a loaded machine that word can arrive
 * after the click's message: the editor is focused first, then the late word moves the focus
 * to the dock, and the user's caret and selection are gone from sight (one jump in about
 * fifteen, measured on a loaded 2-core machine). While the page still has the focus but not in
 * the dock, the word is due: wait for the blur it brings (at most `ms`). A panel in its own
 * window (pop-out) or a panel that already holds the focus never waits.
 */
export function panelFocusSettled(doc: Document, dockHost: Element, ms = SETTLE_MS): Promise<void> {
  const win = doc.defaultView;
  if (!win || !doc.hasFocus() || doc.activeElement === dockHost) return Promise.resolve();
  return new Promise((resolve) => {
    const done = new AbortController();
    const settle = () => {
      done.abort();
      resolve();
    };
    // Capture on the window hears the focused element's blur (which does not bubble) and the window's own.
    win.addEventListener('blur', settle, { capture: true, signal: done.signal });
    win.setTimeout(settle, ms);
  });
}
