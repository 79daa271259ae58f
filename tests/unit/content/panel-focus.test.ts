// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelFocusSettled } from '../../../src/content/panel-focus';

/**
 * A click in the docked panel reaches the page as a blur, and under load only after the click's
 * message: a jump to a finding waits for it, else the late blur takes the editor's focus away.
 */
function page() {
  const editor = document.createElement('textarea');
  const host = document.createElement('post-preflight-dock');
  host.tabIndex = -1;
  document.body.append(editor, host);
  return { editor, host };
}

const state = (p: Promise<void>) => Promise.race([p.then(() => 'settled'), new Promise((r) => setTimeout(() => r('waiting'), 30))]);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('panelFocusSettled', () => {
  it('waits while the editor still has the focus the panel click took, and settles on the blur the click brings', async () => {
    const { editor, host } = page();
    editor.focus();
    const settled = panelFocusSettled(document, host, 5_000);
    expect(await state(settled)).toBe('waiting');
    host.focus(); // what the browser's late word does: the focus goes to the dock
    expect(await state(settled)).toBe('settled');
  });

  it('does not wait when the dock already has the focus (the usual order, and keyboard use)', async () => {
    const { host } = page();
    host.focus();
    expect(await state(panelFocusSettled(document, host, 5_000))).toBe('settled');
  });

  it('does not wait when the page has no focus (the panel in its own window)', async () => {
    const { editor, host } = page();
    editor.focus();
    // jsdom has one window, always the focused one: the other window's focus is stated here.
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    expect(await state(panelFocusSettled(document, host, 5_000))).toBe('settled');
  });

  it('gives up after its bound when no word comes', async () => {
    const { editor, host } = page();
    editor.focus();
    const settled = panelFocusSettled(document, host, 50);
    expect(await state(settled)).toBe('waiting');
    await new Promise((r) => setTimeout(r, 60));
    expect(await state(settled)).toBe('settled');
  });
});
