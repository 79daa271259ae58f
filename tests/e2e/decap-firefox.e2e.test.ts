import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { dockedPanel } from './support/firefox-panel';
import { waitUntil } from './support/handles';
import { startSite, type SiteServer } from './decap/support/server';
import { POST_A, POST_B, POST_C, bodySelectionInPage } from './decap/support/decap-page';
import { TYPED_SINCE } from '../../src/panel/undo';
import { coveredByDockInPage, dockBoxInPage } from './support/layout';
import { DESCRIPTION_RULE_MESSAGE, TYPED_BODY, expectedSave } from './support/decap-flow';
import {
  descriptionValue, openDecapFirefox, openEntryFirefox, placeCaretAfterFirefox, publishNowFirefox, savedFileFirefox, toggleMarkdownModeFirefox, typeInBodyAfterFirefox,
  typeInTitleFirefox,
} from './support/decap-puppeteer';

/**
 * A real Decap CMS 3 with the BUILT extension in Firefox: the docked panel read and clicked
 * through BiDi (support/firefox-panel.ts); the dock itself is checked in the page.
 */
let site: SiteServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  site = await startSite();
  ff = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('Decap CMS through the extension (Firefox)', () => {
  it('shows Decap’s own rule, follows typing, writes "Clean links" and "Use this" into the form, and publishes exactly those changes', async () => {
    const page = await ff.browser.newPage();
    await page.setViewport({ width: 2200, height: 1200 });
    await openDecapFirefox(page, site.origin);
    const seed = await savedFileFirefox(page, POST_A);
    await openEntryFirefox(page, POST_A);
    await page.waitForSelector('post-preflight-dock');
    const panel = await dockedPanel(ff.browser, page);
    const text = (test: (t: string) => boolean, what: string) =>
      waitUntil(async () => {
        const t = await panel.eval(() => (document.documentElement.dataset.state === 'ready' ? document.body.innerText : ''), null);
        return test(t) ? t : undefined;
      }, what);
    const rows = (rule: string) => panel.eval((r) => document.querySelectorAll(`.diag[data-rule="${r}"]`).length, rule);

    await text((t) => t.includes(DESCRIPTION_RULE_MESSAGE), 'the Decap pattern rule in the panel');
    expect(await rows('tracking-params')).toBe(2);

    await typeInTitleFirefox(page, ' 2026');
    await text((t) => t.includes('November newsletter 2026'), 'the typed title in the panel');
    await typeInBodyAfterFirefox(page, 'north fence', TYPED_BODY);
    await text((t) => t.includes(TYPED_BODY.trim()), 'the typed body in the panel');

    await panel.click('[data-action="clean-links"]');
    await waitUntil(async () => (await rows('tracking-params')) === 0, 'the panel to see the clean links');
    const suggestion = await panel.eval(() => (document.querySelector('[data-suggestion="0"] .suggestion-text') as HTMLElement | null)?.innerText ?? '', null);
    expect(suggestion.length).toBeGreaterThanOrEqual(50);
    await panel.click('[data-suggestion="0"] [data-action="apply-description"]');
    await waitUntil(async () => (await descriptionValue(page)) === suggestion, 'the description in the form');
    await text((t) => !t.includes(DESCRIPTION_RULE_MESSAGE), 'the pattern rule to be satisfied');

    await typeInBodyAfterFirefox(page, 'missed the workshop', ' See you soon.');
    await toggleMarkdownModeFirefox(page);
    await typeInBodyAfterFirefox(page, 'weather permitting.', ' Bring gloves.');
    await text((t) => t.includes('Bring gloves.'), 'markdown-mode typing in the panel');

    expect(await publishNowFirefox(page, POST_A)).toBe(expectedSave(seed, suggestion));
    await page.close();
  });

  it('follows navigation: leaving entry A removes its panel, the panel of entry B shows nothing of A', async () => {
    const page = await ff.browser.newPage();
    await openDecapFirefox(page, site.origin);
    await openEntryFirefox(page, POST_A);
    await page.waitForSelector('post-preflight-dock');
    const panelA = await dockedPanel(ff.browser, page);
    await waitUntil(() => panelA.eval(() => document.body.innerText.includes('north fence'), null), 'entry A in the panel');

    await page.evaluate(() => void (location.hash = '#/collections/blog'));
    // The panel goes with the editor: its frame is gone, nothing of A stays on screen.
    await waitUntil(async () => !(await page.$('post-preflight-dock')), 'the dock to go with the editor');
    await waitUntil(() => panelA.eval(() => false, null).then(() => false, () => true), 'the panel frame of A to be gone');

    await openEntryFirefox(page, POST_B);
    await page.waitForSelector('post-preflight-dock');
    const panelB = await dockedPanel(ff.browser, page, panelA.context);
    const b = await waitUntil(async () => {
      const t = await panelB.eval(() => document.body.innerText, null);
      return t.includes('apple harvest') ? t : undefined;
    }, 'entry B in the panel');
    for (const fromA of ['November', 'north fence', 'planting guide', 'compost', 'Short news']) expect(b).not.toContain(fromA);
    await page.close();
  });

  it('a finding clicked in the panel is selected in the page’s editor; Clean links keeps the caret and typing lands there; Undo restores the saved file byte for byte, refused after typing', async () => {
    const page = await ff.browser.newPage();
    await page.setViewport({ width: 2200, height: 1200 });
    await openDecapFirefox(page, site.origin);
    const seed = await savedFileFirefox(page, POST_C);
    // Decap remembers the markdown widget's mode in localStorage: an earlier test left markdown mode.
    await page.evaluate(() => localStorage.setItem('cms.md-mode', 'rich_text'));
    await openEntryFirefox(page, POST_C);
    await page.waitForSelector('post-preflight-dock');
    const panel = await dockedPanel(ff.browser, page);
    const rows = (rule: string) => panel.eval((r) => document.querySelectorAll(`.diag[data-rule="${r}"]`).length, rule);
    const notice = () => panel.eval(() => document.querySelector('.notice')?.textContent ?? '', null);
    const selection = () => page.evaluate(bodySelectionInPage);
    await waitUntil(async () => (await rows('tracking-params')) === 1, 'the tracking finding');

    await panel.click('.diag[data-rule="tracking-params"] .diag-go');
    await waitUntil(async () => (await selection()).selected === 'swap rules', 'the link’s text selected in the page');

    await panel.click('[data-action="clean-links"]');
    await waitUntil(async () => (await rows('tracking-params')) === 0, 'the clean link');
    await panel.click('[data-action="undo"]');
    await waitUntil(async () => (await rows('tracking-params')) === 1, 'the tracking link back');
    await waitUntil(async () => (await notice()).startsWith('Undone:'), 'the Undo notice');
    expect(await publishNowFirefox(page, POST_C)).toBe(seed);

    await placeCaretAfterFirefox(page, 'on Saturday');
    await panel.click('[data-action="clean-links"]');
    await waitUntil(async () => (await rows('tracking-params')) === 0, 'the clean link');
    await waitUntil(async () => (await selection()).before.endsWith('on Saturday'), 'the caret where it was');
    await page.keyboard.type(' morning', { delay: 10 });
    await waitUntil(() => panel.eval(() => document.body.innerText.includes('Saturday morning'), null), 'the typing in the panel');
    await panel.click('[data-action="undo"]');
    await waitUntil(async () => (await notice()) === TYPED_SINCE, 'Undo refused after typing');
    expect(await publishNowFirefox(page, POST_C)).toBe(seed.replace('utm_source=newsletter&utm_campaign=swap&', '').replace('on Saturday in', 'on Saturday morning in'));
    await page.close();
  }, 180_000);

  it('makes room in Decap: the preview pane and the toolbar buttons are never under the panel (1280×800, 1024×700, 900×700)', async () => {
    const page = await ff.browser.newPage();
    await openDecapFirefox(page, site.origin);
    await openEntryFirefox(page, POST_A);
    await page.waitForSelector('post-preflight-dock');
    const names = ['Toggle preview', 'Sync scrolling', 'Publish', 'IFRAME'];
    for (const [width, height, mode] of [[1280, 800, 'docked'], [1024, 700, 'docked'], [900, 700, 'tab']] as const) {
      await page.setViewport({ width, height });
      await waitUntil(async () => (await page.evaluate(dockBoxInPage)).mode === mode, `the dock to be ${mode} at ${width}×${height}`);
      await waitUntil(async () => {
        const s = await page.evaluate(coveredByDockInPage, names);
        return s.covered.length === 0 && names.every((n) => s.found.some((f) => f.startsWith(n)));
      }, `nothing under the panel at ${width}×${height}`).catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await page.evaluate(coveredByDockInPage, names))}`);
      });
    }
    await page.close();
  }, 120_000);
});
