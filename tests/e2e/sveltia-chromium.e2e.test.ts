import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { diagCount, hasDock, panelFrame, panelText } from './support/panel-frame';
import { waitUntil } from './support/handles';
import { serveSveltia } from '../../scripts/serve-sveltia.mjs';
import { CLEAN_GUIDE, CLEAN_VIDEO, DESCRIPTION_RULE_MESSAGE, POST_A, POST_B, TYPED_AFTER_FIX, TYPED_BODY, TYPED_IN_MARKDOWN, caretAfter, markdownCaretAfter, markdownMode, expectedSave, readStoredFile, signInToSveltia } from './sveltia/flow';

/**
 * A real Sveltia CMS (npm @sveltia/cms, test-repo backend in the origin-private file system) with
 * the BUILT extension in Chromium: the MAIN-world driver, the bridge, the content script and the panel.
 */
let site: Awaited<ReturnType<typeof serveSveltia>>;
let chrome: ChromiumWithExtension;

beforeAll(async () => {
  site = await serveSveltia();
  chrome = await launchChromium(undefined, { width: 1600, height: 1000 });
});
afterAll(async () => {
  await chrome?.close();
  await site?.close();
});

async function openSveltia(): Promise<Page> {
  const page = await chrome.context.newPage();
  await signInToSveltia(page, site.url);
  return page;
}

async function openEntry(page: Page, slug: string): Promise<void> {
  await page.evaluate((s) => (location.hash = `#/collections/blog/entries/${s}`), slug);
  await page.locator('[data-entry-draft-root] [data-mode="edit"] [data-lexical-editor]').waitFor();
}

async function typeInBodyAfter(page: Page, anchor: string, text: string): Promise<void> {
  expect(await page.evaluate(caretAfter, anchor)).toBe(true);
  await page.keyboard.type(text);
}

const bodyMarkdown = (page: Page) =>
  page.evaluate(() => (document.querySelector('[data-entry-draft-root] [data-mode="edit"] section[data-key-path="body"] textarea') as HTMLTextAreaElement).value);

describe('Sveltia CMS through the extension (Chromium)', () => {
  it('shows its config rules, cleans links into the form, keeps them through more typing, and saves exactly those changes', async () => {
    const page = await openSveltia();
    const seed = await page.evaluate(readStoredFile, `blog/${POST_A}.md`);
    await openEntry(page, POST_A);
    const frame = await panelFrame(page);
    await panelText(frame, (t) => t.includes(DESCRIPTION_RULE_MESSAGE), 'the config.yml pattern rule in the panel');
    expect(await diagCount(frame, 'field-constraints')).toBeGreaterThanOrEqual(1);
    expect(await diagCount(frame, 'tracking-params')).toBe(2);

    await typeInBodyAfter(page, 'north fence', TYPED_BODY);
    await panelText(frame, (t) => t.includes(TYPED_BODY.trim()), 'the typed body in the panel');

    await frame.click('[data-action="clean-links"]');
    await waitUntil(async () => (await diagCount(frame, 'tracking-params')) === 0, 'the panel to see the clean links');
    await expect.poll(() => page.locator('[data-mode="edit"] [data-lexical-editor] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([CLEAN_GUIDE, CLEAN_VIDEO]);

    // config.yml's pattern stops Sveltia from saving "Short news.": take the panel's suggestion.
    const suggestion = await frame.locator('[data-suggestion="0"] .suggestion-text').innerText();
    expect(suggestion.length).toBeGreaterThanOrEqual(50);
    expect(suggestion.length).toBeLessThanOrEqual(160);
    await frame.click('[data-suggestion="0"] [data-action="apply-description"]');
    await expect.poll(() => page.locator('[data-mode="edit"] section[data-key-path="seo.description"] textarea').inputValue()).toBe(suggestion);
    await panelText(frame, (t) => !t.includes(DESCRIPTION_RULE_MESSAGE), 'the pattern rule to be satisfied');

    // Typing after the fix must keep it (the editor, not only the hidden textarea, took it).
    await typeInBodyAfter(page, 'missed the workshop', TYPED_AFTER_FIX);
    await panelText(frame, (t) => t.includes(TYPED_AFTER_FIX.trim()), 'typing after the fix in the panel');
    expect(await bodyMarkdown(page)).toContain(CLEAN_GUIDE);
    expect(await bodyMarkdown(page)).not.toContain('utm_source');

    // Then in markdown mode (Sveltia's plain textarea): the fixes are in it, and typing there keeps them.
    expect(await page.evaluate(markdownMode)).toBe(true);
    await waitUntil(() => page.evaluate(markdownCaretAfter, 'before the next meeting.'), 'the markdown textarea');
    await page.keyboard.type(TYPED_IN_MARKDOWN);
    await panelText(frame, (t) => t.includes(TYPED_IN_MARKDOWN.trim()), 'markdown-mode typing in the panel');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const expected = expectedSave(seed, suggestion);
    const saved = await waitUntil(async () => {
      const text = await page.evaluate(readStoredFile, `blog/${POST_A}.md`);
      return text !== seed ? text : undefined;
    }, 'Sveltia to save the file');
    expect(saved).toBe(expected);
    await page.close();
  });

  it('starts the panel over when the user goes to another entry, and leaves with the editor', async () => {
    const page = await openSveltia();
    await openEntry(page, POST_A);
    const frameA = await panelFrame(page);
    await panelText(frameA, (t) => t.includes('north fence'), 'entry A in the panel');

    await page.evaluate(() => (location.hash = '#/collections/blog'));
    await waitUntil(async () => !(await hasDock(page)), 'the panel to go with the editor');
    await openEntry(page, POST_B);
    const frameB = await panelFrame(page, frameA);
    const b = await panelText(frameB, (t) => t.includes('apple harvest'), 'entry B in the panel');
    for (const fromA of ['November', 'north fence', 'planting guide', 'compost', 'Short news']) expect(b).not.toContain(fromA);
    expect(await diagCount(frameB, 'tracking-params')).toBe(0);

    // Straight from B's address to A's (no list in between): the panel follows to A.
    await openEntry(page, POST_A);
    const frameA2 = await panelFrame(page, frameB);
    const a = await panelText(frameA2, (t) => t.includes('north fence'), 'entry A again in the panel');
    for (const fromB of ['apple harvest', 'October']) expect(a).not.toContain(fromB);
    expect(await diagCount(frameA2, 'tracking-params')).toBe(2);
    await page.close();
  }, 120_000);
});
