import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { FIXTURES } from './support/paths';
import { waitUntil, type Handles } from './support/handles';
import { dockedPanel } from './support/firefox-panel';
import { editorScenario } from './support/scenario';

/**
 * Firefox: the docked panel itself, scripted through WebDriver BiDi by its frame's browsing
 * context and clicked with real pointer events (support/firefox-panel.ts).
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
  const panel = await dockedPanel(ff.browser, page);
  await waitUntil(() => panel.eval(() => document.documentElement.dataset.state === 'ready', null), 'the docked panel');
  return {
    browserName: 'firefox',
    page: (fn, arg) => page.evaluate(fn as never, arg) as never,
    panel: panel.eval,
    type: async (text) => {
      await page.bringToFront();
      await page.keyboard.type(text);
    },
    clickInPanel: panel.click,
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
