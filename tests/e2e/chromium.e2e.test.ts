import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { FIXTURES, ROOT } from './support/paths';
import { waitUntil, type Handles } from './support/handles';
import { AXE, editorScenario, tomlPostScenario } from './support/scenario';
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

describe('Chromium, a Hugo post in a textarea', () => {
  let h: Handles;
  beforeAll(async () => {
    h = (await open('/admin/hugo.html')).handles;
  });
  tomlPostScenario(() => h);
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

describe('Chromium, dark theme', () => {
  it('follows prefers-color-scheme and stays free of axe violations (contrast included)', async () => {
    const { page, handles } = await open('/preflight-demo/');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => handles.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    const background = await handles.panel(() => getComputedStyle(document.body).backgroundColor, null);
    expect(background).toBe('rgb(23, 25, 28)');
    const violations = await handles.panel(async (source) => {
      (0, eval)(source);
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    }, AXE);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('Chromium, keyboard', () => {
  it('reaches the panel with Tab from the editor and runs "Clean links" with Enter', async () => {
    const { page, frame, handles } = await open('/preflight-demo/');
    await waitUntil(() => handles.panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 2, null), 'the demo tracking links');
    await page.focus('textarea');
    const before = await page.evaluate(() => document.querySelector('textarea')!.value);
    // Out of the textarea: the dock's resize handle, then into the panel document.
    let inPanel = false;
    for (let i = 0; i < 6 && !inPanel; i++) {
      await page.keyboard.press('Tab');
      inPanel = await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
    }
    expect(inPanel).toBe(true);
    // Move focus to the action the way a keyboard user would, then press it.
    // Checks come first, each finding with its buttons: "Clean links" is some way down.
    for (let i = 0; i < 150; i++) {
      if (await frame.evaluate(() => document.activeElement?.getAttribute('data-action') === 'clean-links')) break;
      await page.keyboard.press('Tab');
    }
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('clean-links');
    await page.keyboard.press('Enter');
    await waitUntil(() => page.evaluate((b) => document.querySelector('textarea')!.value !== b, before), 'the cleaned text');
    const after = await page.evaluate(() => document.querySelector('textarea')!.value);
    expect(after).toBe(before.replace('utm_source=newsletter&utm_medium=email&', '').replace('fbclid=IwAR0abc&', ''));
    await page.close();
  });
});

// Near the end: the dock test leaves the dock collapsed for this origin (remembered per site),
// the options test leaves a base URL set for it.
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

describe('Chromium, the toolbar button and shortcut', () => {
  it('toggle the docked panel: the background asks the page\'s content script, which answers that it had a panel', async () => {
    const worker = chrome.context.serviceWorkers()[0] ?? (await chrome.context.waitForEvent('serviceworker'));
    // The dock starts open on this site (an earlier test left it collapsed, remembered per site).
    await worker.evaluate((origin) => (globalThis as any).chrome.storage.local.set({ [`dock:${origin}`]: { width: 400, collapsed: false } }), server.origin);
    // An address of its own: the tab is found by it (earlier tests leave the same page open in other tabs).
    const { page, handles } = await open('/admin/textarea.html?toolbar');
    await waitUntil(() => handles.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    const mode = () => page.evaluate(() => document.querySelector('post-preflight-dock')!.getAttribute('data-mode'));
    await waitUntil(async () => (await mode()) === 'docked', 'the panel docked');
    // What src/background/action.ts sends on a click or the shortcut (toggleIn), to this tab's top frame.
    const toggle = () =>
      worker.evaluate(async (url) => {
        // The worker's own `chrome` (the test file's `chrome` is the launched browser).
        const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs;
        const [tab] = await tabs.query({ url });
        return tabs.sendMessage(tab!.id, { type: 'toggle', payload: {} }, { frameId: 0 });
      }, page.url());
    expect(await toggle()).toBe(true);
    await waitUntil(async () => (await mode()) === 'tab', 'the panel collapsed by the toolbar button');
    expect(await toggle()).toBe(true);
    await waitUntil(async () => (await mode()) === 'docked', 'the panel open again');
    await page.close();
  });
});

describe('Chromium, options', () => {
  it('a base URL saved in the options page resolves the preview\'s relative images', async () => {
    const { page, handles } = await open('/admin/textarea.html');
    await waitUntil(() => handles.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/src/options/options.html`);
    await options.fill('input[data-site="http://127.0.0.1"]', 'https://blog.example.org/');
    await options.click('button[type="submit"]');
    await options.waitForSelector('text=Saved.');
    const src = await waitUntil(() => handles.panel(() => document.querySelector('[data-part="post-preview"] img[alt="Camp at dawn"]')?.getAttribute('src') ?? '', null), 'the resolved image');
    expect(src).toBe('https://blog.example.org/images/camp.jpg');
    await options.close();
    await page.close();
  });

  it('the options page links to the privacy policy shipped in the package (docs/privacy.md)', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/src/options/options.html`);
    const href = await options.locator('a[data-link="privacy"]').getAttribute('href');
    const policy = await chrome.context.newPage();
    await policy.goto(new URL(href!, options.url()).href);
    const text = await policy.locator('body').innerText();
    expect(text).toContain('Privacy: what leaves your browser, and when');
    expect(text).toContain('The text of your draft never leaves your browser');
    expect(text).toContain('Link checks');
    await policy.close();
    await options.close();
  });
});
