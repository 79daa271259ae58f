import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { FIXTURES } from './support/paths';
import { waitUntil, type Handles } from './support/handles';
import { editorScenario } from './support/scenario';

/**
 * Firefox: WebDriver BiDi cannot script the docked moz-extension iframe, so the panel is
 * observed in a detached panel tab (panel.html?page=<editor url>, paired by the background
 * with the same content script). The dock itself is checked through the page DOM.
 */
let server: StaticServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveStatic({ '/admin/': join(FIXTURES, 'admin') });
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function open(path: string): Promise<Handles> {
  const url = server.origin + path;
  const page: Page = await ff.browser.newPage();
  await page.goto(url);
  await page.waitForSelector('post-preflight-dock');
  const panel: Page = await ff.browser.newPage();
  // BiDi may not navigate to moz-extension:// itself; a web page may (panel.html is web accessible).
  await panel.goto(`${server.origin}/admin/post.md`);
  await panel.evaluate((target) => void (location.href = target), `${ff.base}src/panel/panel.html?page=${encodeURIComponent(url)}`);
  await waitUntil(() => panel.evaluate(() => location.protocol === 'moz-extension:' && document.documentElement.dataset.state === 'ready'), 'the detached panel');
  await page.bringToFront();
  return {
    browserName: 'firefox',
    page: (fn, arg) => page.evaluate(fn as never, arg) as never,
    panel: (fn, arg) => panel.evaluate(fn as never, arg) as never,
    type: async (text) => {
      await page.bringToFront();
      await page.keyboard.type(text);
    },
    clickInPanel: async (selector) => {
      await panel.bringToFront();
      // A tab coming to the front runs its deferred work (the idle-time preview): let it land
      // before computing where to click.
      await panel.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      await panel.click(selector);
      await page.bringToFront();
    },
  };
}

for (const [name, path, controlled] of [
  ['plain textarea', '/admin/textarea.html', false],
  ['controlled textarea', '/admin/controlled.html', true],
] as const) {
  describe(`Firefox, ${name}`, () => {
    let h: Handles;
    beforeAll(async () => {
      h = await open(path);
    });
    editorScenario(() => h, { controlled });
  });
}
