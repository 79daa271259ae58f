import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { FIXTURES, ROOT } from './support/paths';
import { dockBoxInPage, revealedRowInPage } from './support/layout';
import { waitUntil, type Handles } from './support/handles';
import { dockedPanel } from './support/firefox-panel';
import { editorScenario, tomlPostScenario } from './support/scenario';

/**
 * Firefox: the docked panel itself, scripted through WebDriver BiDi by its frame's browsing
 * context and clicked with real pointer events (support/firefox-panel.ts).
 */
let server: StaticServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveStatic({ '/admin/': join(FIXTURES, 'admin'), '/preflight-demo/': join(ROOT, 'demo') });
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

describe('Firefox, a Hugo post in a textarea', () => {
  let h: Handles;
  beforeAll(async () => {
    h = await open('/admin/hugo.html');
  });
  tomlPostScenario(() => h);
});

describe('Firefox, layout (observed in the page)', () => {
  it('the dock narrows, then shows only its tab, and the demo textarea keeps its width; opened from the tab it floats over the page', async () => {
    const page: Page = await ff.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/preflight-demo/`);
    await page.waitForSelector('post-preflight-dock');
    for (const [width, mode] of [[1280, 'docked'], [900, 'docked'], [700, 'tab'], [600, 'tab']] as const) {
      await page.setViewport({ width, height: 800 });
      const box = await waitUntil(async () => {
        const b = await page.evaluate(dockBoxInPage);
        return b.mode === mode ? b : undefined;
      }, `the dock at ${width} px to be ${mode}`);
      // Firefox keeps a classic scrollbar: the page's width is its clientWidth.
      const { textarea, right, client } = await page.evaluate(() => {
        const r = document.querySelector('textarea')!.getBoundingClientRect();
        return { textarea: r.width, right: r.right, client: document.documentElement.clientWidth };
      });
      expect(right).toBeLessThanOrEqual(box.left);
      expect(box.width).toBe(mode === 'tab' ? 36 : Math.min(400, client - 560));
      // The page keeps 560 px beside a docked panel, all but the tab otherwise (minus the demo's 2 × 20 px padding).
      expect(textarea).toBeGreaterThanOrEqual((mode === 'tab' ? client - 36 : 560) - 40);
    }
    const tab = await page.evaluate(dockBoxInPage);
    await page.mouse.click(tab.left + tab.width / 2, 200);
    await waitUntil(async () => (await page.evaluate(dockBoxInPage)).mode === 'overlay', 'the overlay');
    await page.setViewport({ width: 1280, height: 800 });
    await waitUntil(async () => (await page.evaluate(dockBoxInPage)).mode === 'docked', 'docked again at 1280 px');
    await page.close();
  });

  it('jump-to-line puts the selected row on screen when the paragraphs above wrap', async () => {
    const h = await open('/admin/wrapped.html');
    await waitUntil(() => h.panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 1, null), 'the tracking finding');
    await h.clickInPanel('.diag[data-rule="tracking-params"] .diag-go');
    const seen = await waitUntil(async () => {
      const r = await h.page(revealedRowInPage, null);
      return r.selected.length > 0 ? r : undefined;
    }, 'the selection');
    expect(seen.selected).toContain('utm_source=newsletter');
    expect(seen.rowTop).toBeGreaterThan(seen.lineCountTop * 2);
    expect(seen.rowTop).toBeGreaterThanOrEqual(seen.scrollTop);
    expect(seen.rowBottom).toBeLessThanOrEqual(seen.scrollTop + seen.clientHeight);
  });
});

