import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { diagCount, hasDock, panelFrame, panelText } from './support/panel-frame';
import { waitUntil } from './support/handles';
import { startSite, type SiteServer } from './decap/support/server';
import {
  DECAP_VIEWPORT, POST_A, POST_B, POST_C, bodySelection, navigate, openDecap, placeCaretAfter, publishNow, savedFile, slateLinkUrls, toggleMarkdownMode,
  typeInBodyAfter, typeInTitle,
} from './decap/support/decap-page';
import { TYPED_SINCE } from '../../src/panel/undo';
import { CLEAN_GUIDE, CLEAN_VIDEO, DESCRIPTION_RULE_MESSAGE, TYPED_BODY, expectedSave, openEntryPage } from './support/decap-flow';
import { coveredByDockInPage, dockBoxInPage } from './support/layout';

/**
 * A real Decap CMS 3 (test-repo backend) with the BUILT extension in Chromium: the MAIN-world
 * driver, the page bridge, the content script and the panel, driven as a user would.
 */
let site: SiteServer;
let chrome: ChromiumWithExtension;

beforeAll(async () => {
  site = await startSite();
  chrome = await launchChromium(undefined, DECAP_VIEWPORT);
});
afterAll(async () => {
  await chrome?.close();
  await site?.close();
});

async function openA(): Promise<{ page: Page; seed: string }> {
  const page = await openDecap(chrome.context, site.origin, { harness: false });
  const seed = await savedFile(page, POST_A);
  await openEntryPage(page, POST_A);
  return { page, seed };
}

describe('Decap CMS through the extension (Chromium)', () => {
  it('shows Decap’s own rule, follows typing, writes "Clean links" and "Use this" into the form, and publishes exactly those changes', async () => {
    const { page, seed } = await openA();
    const frame = await panelFrame(page);
    // The post's diagnostics, including the description `pattern` of config.yml.
    await panelText(frame, (t) => t.includes(DESCRIPTION_RULE_MESSAGE), 'the Decap pattern rule in the panel');
    expect(await diagCount(frame, 'field-constraints')).toBeGreaterThanOrEqual(1);
    expect(await diagCount(frame, 'tracking-params')).toBe(2);

    await typeInTitle(page, ' 2026');
    await panelText(frame, (t) => t.includes('November newsletter 2026'), 'the typed title in the panel');
    await typeInBodyAfter(page, 'north fence', TYPED_BODY);
    await panelText(frame, (t) => t.includes(TYPED_BODY.trim()), 'the typed body in the panel');

    await frame.click('[data-action="clean-links"]');
    await expect.poll(() => slateLinkUrls(page)).toEqual([CLEAN_GUIDE, CLEAN_VIDEO]);
    await waitUntil(async () => (await diagCount(frame, 'tracking-params')) === 0, 'the panel to see the clean links');

    const suggestion = await frame.locator('[data-suggestion="0"] .suggestion-text').innerText();
    expect(suggestion.length).toBeGreaterThanOrEqual(50); // Decap's pattern must accept it
    expect(suggestion.length).toBeLessThanOrEqual(160);
    await frame.click('[data-suggestion="0"] [data-action="apply-description"]');
    await expect.poll(() => page.locator('textarea[id^="description-field"]').inputValue()).toBe(suggestion);
    await panelText(frame, (t) => !t.includes(DESCRIPTION_RULE_MESSAGE), 'the pattern rule to be satisfied');
    // The applied suggestion is marked as the current description (issue #12).
    await expect.poll(() => frame.locator('li[aria-current="true"] .suggestion-text').allInnerTexts()).toEqual([suggestion]);

    // More typing after the fixes: rich text, then markdown mode. The fixes must survive both.
    await typeInBodyAfter(page, 'missed the workshop', ' See you soon.');
    await toggleMarkdownMode(page);
    await typeInBodyAfter(page, 'weather permitting.', ' Bring gloves.');
    await panelText(frame, (t) => t.includes('Bring gloves.'), 'markdown-mode typing in the panel');

    const saved = await publishNow(page, POST_A);
    expect(saved).toBe(expectedSave(seed, suggestion));
    await page.close();
  });

  it('follows navigation inside Decap: entry A, then B, then a new entry; nothing of A shows for B; leaving the editor removes the panel', async () => {
    const { page } = await openA();
    const frameA = await panelFrame(page);
    await panelText(frameA, (t) => t.includes('north fence'), 'entry A in the panel');
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

    // Typing B's address over A's: Decap 3.16 keeps A's form on screen under B's route. The panel
    // must not present A as B, so it goes until the route and the loaded entry agree again.
    await navigate(page, `#/collections/blog/entries/${POST_B}`);
    await waitUntil(async () => !(await hasDock(page)), 'the panel to let go of A');

    // As a user goes from one entry to another: back to the list, then the other entry.
    await navigate(page, '#/collections/blog');
    await page.getByText('October recap').click();
    const frameB = await panelFrame(page, frameA);
    const b = await panelText(frameB, (t) => t.includes('apple harvest'), 'entry B in the panel');
    for (const fromA of ['November', 'north fence', 'planting guide', 'compost', 'Short news']) expect(b).not.toContain(fromA);
    expect(await diagCount(frameB, 'tracking-params')).toBe(0);
    expect(frameA.isDetached()).toBe(true);

    await navigate(page, '#/collections/blog/new');
    const frameNew = await panelFrame(page, frameB);
    const fresh = await panelText(frameNew, (t) => t.length > 0, 'the new entry in the panel');
    for (const old of ['apple harvest', 'October', 'north fence']) expect(fresh).not.toContain(old);

    await navigate(page, '#/collections/blog');
    await waitUntil(async () => !(await hasDock(page)), 'the panel to go with the editor');
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
    await page.close();
  });

  it('makes room in Decap: the preview pane, the toolbar buttons and the open Publish menu are never under the panel (1280×800, 1024×700, and narrower)', async () => {
    const { page } = await openA();
    await panelFrame(page);
    const names = ['Toggle preview', 'Sync scrolling', 'Publish', 'IFRAME'];
    const figures: string[] = [];
    for (const [width, height, mode] of [[1280, 800, 'docked'], [1024, 700, 'docked'], [900, 700, 'tab'], [700, 700, 'tab']] as const) {
      await page.setViewportSize({ width, height });
      await waitUntil(async () => (await page.evaluate(dockBoxInPage)).mode === mode, `the dock to be ${mode} at ${width}×${height}`);
      // The dock places itself on resize, then again once it has measured Decap's layout.
      const seen = await waitUntil(async () => {
        const s = await page.evaluate(coveredByDockInPage, names);
        return s.covered.length === 0 && names.every((n) => s.found.some((f) => f.startsWith(n))) ? s : undefined;
      }, `nothing under the panel at ${width}×${height}`).catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await page.evaluate(coveredByDockInPage, names))}`);
      });
      const box = await page.evaluate(dockBoxInPage);
      figures.push(`${width}×${height}: ${box.mode} ${Math.round(box.width)} px, ${seen.found.length} controls checked`);
    }
    // The Publish menu, open: its items drop down at the toolbar's right end, next to the panel.
    // Decap offers it once the entry has changes.
    await page.setViewportSize(DECAP_VIEWPORT);
    await typeInTitle(page, ' (draft)');
    const items = ['Publish now', 'Publish and create new', 'Publish and duplicate'];
    for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await waitUntil(async () => (await page.evaluate(dockBoxInPage)).mode === 'docked', `the dock to be docked at ${width}×${height}`);
      await page.getByRole('button', { name: /publish/i }).first().click();
      await waitUntil(async () => {
        const s = await page.evaluate(coveredByDockInPage, items);
        return s.covered.length === 0 && items.every((n) => s.found.includes(n)) ? s : undefined;
      }, `the open Publish menu clear of the panel at ${width}×${height}`).catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await page.evaluate(coveredByDockInPage, items))}`);
      });
      figures.push(`${width}×${height}: the open Publish menu's ${items.length} items clear`);
      await page.keyboard.press('Escape');
      await waitUntil(async () => !(await page.evaluate(coveredByDockInPage, items)).found.length, 'the Publish menu closed');
    }
    console.log(`[decap layout] ${figures.join('; ')}`);
    await page.setViewportSize(DECAP_VIEWPORT);
    await page.close();
  });

  it('clicking a finding selects it in the editor (rich text and markdown mode); a fix keeps the caret, typing lands there; Undo restores the saved file byte for byte, and is refused after typing', async () => {
    const page = await openDecap(chrome.context, site.origin, { harness: false });
    const seed = await savedFile(page, POST_C);
    // Decap remembers the markdown widget's mode in localStorage: an earlier test left markdown mode.
    await page.evaluate(() => localStorage.setItem('cms.md-mode', 'rich_text'));
    await openEntryPage(page, POST_C);
    const frame = await panelFrame(page);
    const rows = (rule: string) => diagCount(frame, rule);
    await waitUntil(async () => (await rows('tracking-params')) === 1 && (await rows('pasted-artifacts')) === 1 && (await rows('heading-increment')) === 1, 'the post’s findings');
    const CLEAN = 'https://example.org/rules?lang=en';
    const TRACKED = 'https://example.org/rules?utm_source=newsletter&utm_campaign=swap&lang=en';

    // Jump to a finding: in a link's address, the link's text is selected; the pasted character itself.
    // One click each: under load the page used to hear of the click's focus only after the jump, and
    // lost the editor's focus to the dock (src/content/panel-focus.ts).
    // Then the keyboard is the editor's: a key typed lands in the post (Backspace takes it out
    // again). The page naming the editor as active is not enough: the keyboard can be in the panel.
    const bodyText = () => page.evaluate(() => document.querySelector('[data-slate-editor="true"]')!.textContent);
    const jumpTo = async (rule: string, selected: string) => {
      await frame.click(`.diag[data-rule="${rule}"] .diag-go`);
      await expect.poll(() => bodySelection(page)).toMatchObject({ inEditor: true, focused: true, keyboard: true, selected });
      await page.keyboard.press('ArrowRight');
      const before = await bodyText();
      await page.keyboard.type('Q');
      await expect.poll(bodyText, { timeout: 3_000 }).not.toBe(before);
      await page.keyboard.press('Backspace');
      await expect.poll(bodyText).toBe(before);
    };
    await jumpTo('tracking-params', 'swap rules');
    await jumpTo('pasted-artifacts', '\u200b');

    // Clean links, then Undo: the file Decap saves is the original, byte for byte.
    await frame.click('[data-action="clean-links"]');
    await expect.poll(() => slateLinkUrls(page)).toEqual([CLEAN]);
    await frame.click('[data-action="undo"]');
    await expect.poll(() => slateLinkUrls(page)).toEqual([TRACKED]);
    await waitUntil(async () => (await rows('tracking-params')) === 1, 'the panel to see the tracking link again');
    await expect.poll(() => frame.locator('.notice').innerText()).toBe('Undone: Tracking parameters removed from every link.');
    expect(await publishNow(page, POST_C)).toBe(seed);

    // Writing in the first paragraph, then "Clean links" from the panel: the caret stays, typing goes there.
    await placeCaretAfter(page, 'on Saturday');
    await frame.click('[data-action="clean-links"]');
    await expect.poll(() => slateLinkUrls(page)).toEqual([CLEAN]);
    // The caret back where it was, and the keyboard with it (not left in the panel that was clicked).
    await expect.poll(async () => {
      const at = await bodySelection(page);
      return at.before.endsWith('opens at ten\u200b on Saturday') && at.focused && at.keyboard;
    }).toBe(true);
    await page.keyboard.type(' morning', { delay: 10 });
    await panelText(frame, (t) => t.includes('Saturday morning'), 'the typing in the panel');
    // Undo now would throw the typing away with the fix: refused, nothing changes.
    await frame.click('[data-action="undo"]');
    await expect.poll(() => frame.locator('.notice').innerText()).toBe(TYPED_SINCE);
    expect(await slateLinkUrls(page)).toEqual([CLEAN]);
    expect(await frame.locator('[data-action="undo"]').count()).toBe(0);

    // Markdown mode: the heading finding selects its source; its fix keeps the caret too.
    await toggleMarkdownMode(page);
    await frame.click('.diag[data-rule="heading-increment"] .diag-go');
    await expect.poll(async () => (await bodySelection(page)).selected).toMatch(/^#{3}|What to bring/);
    await placeCaretAfter(page, 'close at');
    await frame.click('.diag[data-rule="heading-increment"] .fix');
    await waitUntil(async () => (await rows('heading-increment')) === 0, 'the heading fixed');
    await expect.poll(async () => {
      const at = await bodySelection(page);
      return at.before.endsWith('and we close at') && at.focused && at.keyboard;
    }).toBe(true);
    await page.keyboard.type(' half past', { delay: 10 });
    await panelText(frame, (t) => t.includes('close at half past one'), 'the typing in the panel');
    const expected = seed
      .replace('utm_source=newsletter&utm_campaign=swap&', '')
      .replace('on Saturday in', 'on Saturday morning in')
      .replace('### What', '## What')
      .replace('close at one', 'close at half past one');
    expect(await publishNow(page, POST_C)).toBe(expected);
    await page.close();
  }, 180_000);
});
