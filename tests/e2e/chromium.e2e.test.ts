import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { FIXTURES, ROOT } from './support/paths';
import { waitUntil, type Handles } from './support/handles';
import { editorScenario } from './support/scenario';
import { join } from 'node:path';

let server: StaticServer;
let chrome: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveStatic({ '/admin/': join(FIXTURES, 'admin'), '/preflight-demo/': join(ROOT, 'demo') });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; frame: Frame; handles: Handles }> {
  const page = await chrome.context.newPage();
  await page.goto(server.origin + path);
  const frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
  const handles: Handles = {
    browserName: 'chromium',
    page: (fn, arg) => page.evaluate(fn as never, arg) as never,
    panel: (fn, arg) => frame.evaluate(fn as never, arg) as never,
    type: (text) => page.keyboard.type(text),
    clickInPanel: (selector) => frame.click(selector),
    screenshot: async (path) => void (await page.screenshot({ path })),
  };
  return { page, frame, handles };
}

for (const [name, path, controlled] of [
  ['plain textarea', '/admin/textarea.html', false],
  ['controlled textarea', '/admin/controlled.html', true],
] as const) {
  describe(`Chromium, ${name}`, () => {
    let h: Handles;
    beforeAll(async () => {
      h = (await open(path)).handles;
    });
    editorScenario(() => h, { controlled });
  });
}

describe('Chromium, dock', () => {
  it('collapses to a tab and moves the page\'s fixed controls out from under it', async () => {
    const { page, handles } = await open('/admin/textarea.html');
    await waitUntil(() => handles.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    const save = await page.evaluate(() => document.getElementById('save')!.getBoundingClientRect().right);
    const hostLeft = await page.evaluate(() => document.querySelector('post-preflight-dock')!.getBoundingClientRect().left);
    expect(save).toBeLessThanOrEqual(hostLeft);
    await handles.clickInPanel('button.collapse');
    await waitUntil(() => page.evaluate(() => document.querySelector('post-preflight-dock')!.getBoundingClientRect().width < 60), 'the collapsed tab');
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight))).toBeLessThan(60);
    // Remembered per site: a reload comes back collapsed.
    await page.reload();
    await waitUntil(() => page.evaluate(() => document.querySelector('post-preflight-dock')?.getBoundingClientRect().width ?? 999) .then((w) => w < 60), 'collapsed after reload');
    await page.close();
  });
});

describe('Chromium, demo page (npm start)', () => {
  it('runs on the demo editor path and shows the sample post\'s problems', async () => {
    const { page, handles } = await open('/preflight-demo/');
    await waitUntil(() => handles.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    await waitUntil(() => handles.panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 2, null), 'the demo tracking links');
    // The README screenshot, refreshed only on request so CI never dirties the tree.
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: join(ROOT, 'docs/panel.png') });
    await page.close();
  });
});
