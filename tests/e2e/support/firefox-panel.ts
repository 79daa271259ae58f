import type { Browser, Page } from 'puppeteer-core';
import { waitUntil, type Evaluate } from './handles';

export interface DetachedPanel {
  tab: Page;
  eval: Evaluate;
  /** A real click in the panel tab, then back to the editor page. */
  click(selector: string): Promise<void>;
}

/**
 * Firefox: WebDriver BiDi cannot script the docked moz-extension iframe, so the panel is
 * observed in a detached panel tab (panel.html?page=<editor url>), which the background pairs
 * with the same content script. `blank` is any page of the test server (BiDi may not navigate
 * to moz-extension:// itself; a web page may, panel.html is web accessible).
 */
export async function openDetachedPanel(browser: Browser, base: string, editorPage: Page, blank: string): Promise<DetachedPanel> {
  const tab = await browser.newPage();
  await tab.goto(blank);
  await tab.evaluate((target) => void (location.href = target), `${base}src/panel/panel.html?page=${encodeURIComponent(editorPage.url())}`);
  await waitUntil(() => tab.evaluate(() => location.protocol === 'moz-extension:' && document.documentElement.dataset.state === 'ready'), 'the detached panel');
  await editorPage.bringToFront();
  return {
    tab,
    eval: (fn, arg) => tab.evaluate(fn as never, arg) as never,
    click: async (selector) => {
      await tab.bringToFront();
      // A tab coming to the front runs its deferred work first: let it land before clicking.
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      // Buttons stay disabled while the previous fix is being written: a click then does nothing.
      await tab.waitForSelector(`${selector}:not([disabled])`);
      await tab.click(selector);
      await editorPage.bringToFront();
    },
  };
}
