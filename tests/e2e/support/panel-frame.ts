import type { Frame, Page } from 'playwright-core';
import { waitUntil } from './handles';

const isPanel = (f: Frame) => !f.isDetached() && f.url().includes('/src/panel/panel.html');

/**
 * The docked panel's frame (Chromium lists extension frames inside the closed shadow root).
 * `not`: a frame to skip, e.g. the panel of the previous document after in-app navigation.
 */
export function panelFrame(page: Page, not?: Frame): Promise<Frame> {
  return waitUntil(async () => page.frames().filter((f) => isPanel(f) && f !== not).at(-1), 'the panel frame');
}

/** Waits for the panel to show an analysis whose visible text passes `test`; returns that text. */
export async function panelText(frame: Frame, test: (text: string) => boolean, what: string): Promise<string> {
  return waitUntil(async () => {
    const text = await frame.evaluate(() => (document.documentElement.dataset.state === 'ready' ? document.body.innerText : ''));
    return test(text) ? text : undefined;
  }, what);
}

/** How many diagnostics of `rule` the panel lists. */
export const diagCount = (frame: Frame, rule: string): Promise<number> =>
  frame.evaluate((r) => document.querySelectorAll(`.diag[data-rule="${r}"]`).length, rule);

/** True while the page shows the dock host (the panel is gone once the editor is). */
export const hasDock = (page: Page): Promise<boolean> => page.evaluate(() => document.querySelector('post-preflight-dock') !== null);
