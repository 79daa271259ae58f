/** Long enough for the browser's late word under load; waited only when that word is due. */
const SETTLE_MS = 1000;

/** Whether the page's own frame has the keyboard focus (not the panel's frame, not another window). */
export interface FrameFocus {
  readonly focused: boolean;
}

/**
 * Follows the window's own focus and blur (not its elements'): a click in the docked panel blurs
 * the page's window, and `document.activeElement` alone can't tell, since the page keeps its
 * focused element while its frame is not the one focused. The listeners are not capturing: an
 * element's focus and blur don't bubble, so only the window's own events reach them.
 */
export function trackFrameFocus(win: Window, signal: AbortSignal): FrameFocus {
  const state = { focused: win.document.hasFocus() };
  win.addEventListener('focus', () => (state.focused = true), { signal });
  win.addEventListener('blur', () => (state.focused = false), { signal });
  return state;
}

/**
 * Resolves once the page knows that the focus went into the docked panel, so a jump to a
 * finding (or a fix that gives the caret back) can take it back to the editor for good.
 *
 * A click in the panel moves the focus into its frame, and Chromium tells the page so across
 * processes (the panel is an out-of-process frame): first the focused element's blur, then, a
 * little later, the window's. On a loaded machine the window's blur can arrive after the click's
 * message: the editor is focused first, then the late blur takes the keyboard into the panel
 * while the page still names the editor as its active element (typing goes nowhere; one jump
 * in about fifteen on a loaded 2-core machine, and whenever the jump's reveal ran between the
 * two blurs, the page's active element being the dock already). While the page's frame still
 * has the focus, that blur is due: wait for it (at most `ms`). Once the panel's frame holds the
 * focus (the usual order, keyboard use) there is nothing to wait for; a panel in its own window
 * (pop-out) does not ask. Resolves true when it gave up waiting (see `refocusAfterLateBlur`).
 */
export function panelFocusSettled(win: Window, frame: FrameFocus, ms = SETTLE_MS): Promise<boolean> {
  if (!frame.focused) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = new AbortController();
    const settle = (late: boolean) => {
      done.abort();
      resolve(late);
    };
    // In a task of its own: a focus() made while the browser is still moving the focus into the
    // panel's frame (in the blur's own task) leaves the keyboard in the panel.
    win.addEventListener('blur', () => win.setTimeout(() => settle(false), 0), { signal: done.signal });
    win.setTimeout(() => settle(true), ms);
  });
}

/** How long a blur that `panelFocusSettled` gave up on can still come (a very loaded machine). */
const LATE_BLUR_MS = 5000;

/**
 * When `panelFocusSettled` gave up (true), the click's blur is still on its way, and a jump or fix
 * gives the caret back before it comes (a bridged editor's, in the page's world, a moment later).
 * Once that blur comes, the element the page names as focused (the editor's, not the dock) is
 * focused again, once, so the keyboard stays in the editor.
 */
export function refocusAfterLateBlur(win: Window, dock: Element, signal: AbortSignal, ms = LATE_BLUR_MS): void {
  if (signal.aborted) return;
  const doc = win.document;
  const done = new AbortController();
  signal.addEventListener('abort', () => done.abort(), { once: true, signal: done.signal });
  win.addEventListener('blur', () => {
    done.abort();
    const target = doc.activeElement as HTMLElement | null;
    if (!target || target === doc.body || target === dock || typeof target.focus !== 'function') return;
    win.setTimeout(() => !signal.aborted && target.isConnected && target.focus({ preventScroll: true }), 0);
  }, { signal: done.signal });
  win.setTimeout(() => done.abort(), ms);
}
