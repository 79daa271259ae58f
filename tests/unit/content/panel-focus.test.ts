// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelFocusSettled, refocusAfterLateBlur, trackFrameFocus, type FrameFocus } from '../../../src/content/panel-focus';

/**
 * A click in the docked panel reaches the page as two blurs, the focused element's and then the
 * window's, and under load only after the click's message: a jump to a finding waits for the
 * window's, else the late blur takes the keyboard into the panel.
 */
function page() {
  const editor = document.createElement('textarea');
  const host = document.createElement('post-preflight-dock');
  host.tabIndex = -1;
  document.body.append(editor, host);
  return { editor, host };
}

const state = (p: Promise<boolean>) => Promise.race([p.then((late) => (late ? 'gave up' : 'settled')), new Promise((r) => setTimeout(() => r('waiting'), 30))]);
const windowBlur = () => window.dispatchEvent(new FocusEvent('blur'));
const focusedFrame: FrameFocus = { focused: true };

afterEach(() => {
  document.body.replaceChildren();
});

describe('panelFocusSettled', () => {
  it('waits through the element’s blur for the window’s, then settles in a task of its own', async () => {
    const { editor, host } = page();
    editor.focus();
    const settled = panelFocusSettled(window, focusedFrame, 5_000);
    host.focus(); // the first half of the browser's word: the dock is the active element, the window not blurred yet
    expect(await state(settled)).toBe('waiting');
    let sameTask = false;
    void settled.then(() => (sameTask = true));
    windowBlur();
    await Promise.resolve();
    expect(sameTask).toBe(false);
    expect(await state(settled)).toBe('settled');
  });

  it('does not wait when the page’s frame has no focus (the panel’s frame holds it: the usual order, keyboard use)', async () => {
    const { editor } = page();
    editor.focus();
    expect(await state(panelFocusSettled(window, { focused: false }, 5_000))).toBe('settled');
  });

  it('gives up after its bound when no word comes', async () => {
    const { editor } = page();
    editor.focus();
    const settled = panelFocusSettled(window, focusedFrame, 50);
    expect(await state(settled)).toBe('waiting');
    await new Promise((r) => setTimeout(r, 60));
    expect(await state(settled)).toBe('gave up');
  });
});

describe('refocusAfterLateBlur', () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('focuses the editor again when the blur it gave up on comes after the caret was given back', async () => {
    const { editor, host } = page();
    editor.focus();
    const focusCalls = vi.spyOn(editor, 'focus');
    refocusAfterLateBlur(window, host, new AbortController().signal, 5_000);
    // The late blur: the browser takes the keyboard into the panel while the page still names the editor.
    windowBlur();
    expect(focusCalls).not.toHaveBeenCalled(); // in a task of its own, not inside the blur
    await tick();
    expect(focusCalls).toHaveBeenCalledTimes(1);
    expect(focusCalls).toHaveBeenCalledWith({ preventScroll: true });
    // Once only: a later blur (the user going to the panel) is left alone.
    windowBlur();
    await tick();
    expect(focusCalls).toHaveBeenCalledTimes(1);
  });

  it('leaves the focus where the page puts it: the dock (the user went to the panel), or nothing focused', async () => {
    const { host, editor } = page();
    host.focus();
    refocusAfterLateBlur(window, host, new AbortController().signal, 5_000);
    windowBlur();
    await tick();
    expect(document.activeElement).toBe(host);
    editor.blur();
    host.blur();
    refocusAfterLateBlur(window, host, new AbortController().signal, 5_000);
    windowBlur();
    await tick();
    expect(document.activeElement).toBe(document.body);
  });

  it('stops listening after its bound and when the session ends', async () => {
    const { editor, host } = page();
    editor.focus();
    refocusAfterLateBlur(window, host, new AbortController().signal, 10);
    await new Promise((r) => setTimeout(r, 20));
    const focusCalls = vi.spyOn(editor, 'focus');
    windowBlur();
    await tick();
    const stop = new AbortController();
    refocusAfterLateBlur(window, host, stop.signal, 5_000);
    stop.abort();
    windowBlur();
    await tick();
    expect(focusCalls).not.toHaveBeenCalled();
  });
});

describe('trackFrameFocus', () => {
  it('follows the window’s own focus and blur, not its elements’', () => {
    const { editor } = page();
    const stop = new AbortController();
    const frame = trackFrameFocus(window, stop.signal);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(frame.focused).toBe(true);
    editor.focus();
    editor.blur();
    expect(frame.focused).toBe(true);
    windowBlur();
    expect(frame.focused).toBe(false);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(frame.focused).toBe(true);
    stop.abort();
    windowBlur();
    expect(frame.focused).toBe(true);
  });
});
