import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { FIXTURES, ROOT } from './support/paths';
import { waitUntil } from './support/handles';
import { panelFrame } from './support/panel-frame';
import { dockBox, revealedRowOnScreen } from './support/layout';

/**
 * The dock's layout in real Chromium with the built extension: the panel narrows, then
 * collapses to its tab, so the editor keeps a usable width; opened from the tab in a narrow
 * window it floats over the page. And the textarea's jump-to-line lands on screen when long
 * paragraphs wrap.
 */
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

async function openDemo(width: number): Promise<Page> {
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${server.origin}/preflight-demo/`);
  await page.waitForSelector('post-preflight-dock[data-state="mounted"]', { state: 'attached' });
  return page;
}

const textareaWidth = (page: Page) => page.evaluate(() => document.querySelector('textarea')!.getBoundingClientRect().width);

describe('narrow windows (demo page)', () => {
  it('docks at 400 px while the page keeps 560 px, narrows below that, and shows only its tab under 820 px', async () => {
    const page = await openDemo(1280);
    const figures: string[] = [];
    for (const [width, mode, panel] of [
      [1280, 'docked', 400],
      [1024, 'docked', 400],
      [900, 'docked', 340],
      [820, 'docked', 260],
      [819, 'tab', 36],
      [700, 'tab', 36],
      [600, 'tab', 36],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      const box = await waitUntil(async () => {
        const b = await dockBox(page);
        return b.mode === mode && Math.round(b.width) === panel ? b : undefined;
      }, `the dock at ${width} px to be ${mode} ${panel} px wide`);
      const textarea = await textareaWidth(page);
      const right = await page.evaluate(() => document.querySelector('textarea')!.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(box.left);
      // The editor keeps at least 560 px of the window beside a docked panel (minus the demo's
      // 20 px padding each side), and everything but the tab when the window is narrower.
      expect(textarea).toBeGreaterThanOrEqual(Math.min(560, width - 36) - 40);
      figures.push(`${width}px: ${mode} ${Math.round(box.width)} px, textarea ${Math.round(textarea)} px`);
    }
    console.log(`[layout] ${figures.join('; ')}`);
    await page.close();
  });

  it('opened from its tab in a narrow window, floats over the page without narrowing it; closing it or widening the window docks it again', async () => {
    const page = await openDemo(600);
    await waitUntil(async () => (await dockBox(page)).mode === 'tab', 'the tab at 600 px');
    const before = await textareaWidth(page);
    // The tab is inside the dock's closed shadow root: click where it is drawn.
    const tab = await dockBox(page);
    await page.mouse.click(tab.left + tab.width / 2, 200);
    const overlay = await waitUntil(async () => {
      const b = await dockBox(page);
      return b.mode === 'overlay' ? b : undefined;
    }, 'the overlay');
    expect(overlay.width).toBe(400);
    expect(await textareaWidth(page)).toBe(before);
    const frame = await panelFrame(page);
    await waitUntil(() => frame.evaluate(() => document.documentElement.dataset.state === 'ready'), 'the panel in the overlay');
    await frame.click('button.collapse');
    await waitUntil(async () => (await dockBox(page)).mode === 'tab', 'the tab again');
    // Closing the overlay is not remembered as "collapsed": a wider window docks the panel.
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitUntil(async () => (await dockBox(page)).mode === 'docked', 'docked at 1280 px');
    await page.close();
  });
});

describe('textarea jump-to-line with wrapped lines', () => {
  it('puts the selected row on screen when every paragraph above wraps over several rows', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${server.origin}/admin/wrapped.html`);
    const frame = await panelFrame(page);
    await waitUntil(() => frame.evaluate(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 1), 'the tracking finding');
    await frame.click('.diag[data-rule="tracking-params"] .diag-go');
    const seen = await waitUntil(async () => {
      const s = await revealedRowOnScreen(page);
      return s.selected.length > 0 ? s : undefined;
    }, 'the selection');
    expect(seen.selected).toContain('utm_source=newsletter');
    // Far down: the 40 wrapped paragraphs above take many more rows than their line count.
    expect(seen.rowTop).toBeGreaterThan(seen.lineCountTop * 2);
    expect(seen.rowTop).toBeGreaterThanOrEqual(seen.scrollTop);
    expect(seen.rowBottom).toBeLessThanOrEqual(seen.scrollTop + seen.clientHeight);
    // …and the textarea's row is inside the window too.
    expect(seen.viewportTop).toBeGreaterThanOrEqual(0);
    expect(seen.viewportTop).toBeLessThan(seen.innerHeight);
    await page.close();
  });
});
