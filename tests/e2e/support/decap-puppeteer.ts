import type { ElementHandle, Page } from 'puppeteer-core';
import { waitUntil } from './handles';
import { caretToBlockEndInPage } from './slate-caret';

/*
 * The Decap user actions of tests/e2e/decap/support/decap-page.ts (Playwright) for puppeteer
 * (Firefox), done the same way: real clicks and keys, the caret placed as a click would.
 */

async function clickByText(page: Page, selector: string, pattern: RegExp, what: string): Promise<void> {
  const handle = await waitUntil(async () => {
    const h = await page.evaluateHandle(
      (sel, src) => [...document.querySelectorAll(sel)].find((el) => new RegExp(src, 'i').test((el as HTMLElement).innerText?.trim() ?? '')) ?? null,
      selector,
      pattern.source,
    );
    const el = h.asElement();
    return el ? (el as ElementHandle<Element>) : undefined;
  }, what);
  await handle.click();
}

export async function openDecapFirefox(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  // The test backend remembers the login within one browser profile: only the first page asks.
  await page.waitForFunction(() => /\bBlog\b/.test(document.body.innerText) || [...document.querySelectorAll('button')].some((b) => /^login/i.test(b.innerText.trim())));
  const loggedIn = await page.evaluate(() => /\bBlog\b/.test(document.body.innerText));
  if (!loggedIn) await clickByText(page, 'button', /^login/, 'the Login button');
  await page.waitForFunction(() => document.body.innerText.includes('Blog'));
}

export async function openEntryFirefox(page: Page, slug: string): Promise<void> {
  await page.evaluate((h) => void (location.hash = h), `#/collections/blog/entries/${slug}`);
  await page.waitForSelector('[data-slate-editor="true"]');
}

export async function typeInTitleFirefox(page: Page, text: string): Promise<void> {
  await page.click('input[id^="title-field"]');
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 10 });
}

/** Types at the end of the body block containing `anchor` (caret set the way a click would). */
export async function typeInBodyAfterFirefox(page: Page, anchor: string, text: string): Promise<void> {
  const block = await page.evaluateHandle(
    (a) => [...document.querySelectorAll('[data-slate-editor="true"] > *')].find((el) => el.textContent?.includes(a)) ?? null,
    anchor,
  );
  const el = block.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no body block with "${anchor}"`);
  await el.click();
  await waitUntil(async () => (await el.evaluate(caretToBlockEndInPage)) || undefined, `the caret at the end of "${anchor}"'s block`);
  await page.keyboard.type(text, { delay: 10 });
}

export async function toggleMarkdownModeFirefox(page: Page): Promise<void> {
  const before = await page.$('[data-slate-editor="true"]');
  await page.click('button[role="switch"]:not([id])');
  await page.waitForFunction((old) => !old?.isConnected && !!document.querySelector('[data-slate-editor="true"]'), {}, before);
}

/** Presses "Publish now" and waits for the backend's new file object (see decap-page.ts publishNow). */
export async function publishNowFirefox(page: Page, slug: string): Promise<string> {
  await page.evaluate((s) => {
    const file = (window as unknown as { repoFiles: Record<string, Record<string, object>> }).repoFiles.blog![`${s}.md`]!;
    Object.defineProperty(file, '__beforePublish', { value: true });
  }, slug);
  await clickByText(page, '[role="button"], button', /^publish$/, 'the Publish button');
  await clickByText(page, '[role="menuitem"], [role="button"], button, div', /^publish now$/, '"Publish now"');
  await page.waitForFunction(
    (s) => !(window as unknown as { repoFiles: Record<string, Record<string, { __beforePublish?: boolean }>> }).repoFiles.blog![`${s}.md`]!.__beforePublish,
    { timeout: 10_000 },
    slug,
  );
  return savedFileFirefox(page, slug);
}

export const savedFileFirefox = (page: Page, slug: string): Promise<string> =>
  page.evaluate((s) => (window as unknown as { repoFiles: Record<string, Record<string, { content: string }>> }).repoFiles.blog![`${s}.md`]!.content, slug);

export const descriptionValue = (page: Page): Promise<string> =>
  page.evaluate(() => (document.querySelector('textarea[id^="description-field"]') as HTMLTextAreaElement | null)?.value ?? '');

/** Puts the caret right after `anchor` in the body, as a click there would (see decap-page.ts placeCaretAfter). */
export async function placeCaretAfterFirefox(page: Page, anchor: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (a) => [...document.querySelectorAll('[data-slate-editor="true"] [data-slate-string]')].find((el) => el.textContent?.includes(a)) ?? null,
    anchor,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no body text with "${anchor}"`);
  await el.click();
  await el.evaluate((node, a) => {
    const text = node.firstChild!;
    getSelection()!.collapse(text, text.textContent!.indexOf(a) + a.length);
  }, anchor);
  await new Promise((r) => setTimeout(r, 250));
}
