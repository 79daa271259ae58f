import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TextEdit } from '../../../../src/core/types';
import type { ApplyResult } from '../../../../src/editors/types';
import type { FieldSchema } from '../../../../src/core/schema/types';
import { undoStep } from '../../../../src/panel/undo';
import { waitUntil } from '../../support/handles';
import { caretToBlockEndInPage } from '../../support/slate-caret';

const HARNESS = resolve(import.meta.dirname, '../../../../.cache/decap-harness/harness.js');
const DRIVER = resolve(import.meta.dirname, '../../../../.cache/decap-harness/page-drivers/decap.js');

export const POST_A = 'november-newsletter';
export const POST_B = 'october-recap';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Wide enough that no paragraph wraps: End then lands at the end of the paragraph. */
export const DECAP_VIEWPORT = { width: 2200, height: 1200 };

/**
 * A fresh page (fresh in-memory repo), logged in. With `harness` (the default) the driver
 * harness is injected before Decap loads; without it (tests through the built extension, whose
 * own scripts do that) `browser` may be a persistent context launched with DECAP_VIEWPORT.
 */
/** Loading Decap: ~2 s on an idle machine, over 30 s seen with 20 processes on 2 cores. */
const OPEN_TIMEOUT = 80_000;

export async function openDecap(browser: Browser | BrowserContext, origin: string, { harness = true } = {}): Promise<Page> {
  const page = 'newContext' in browser ? await browser.newPage({ viewport: DECAP_VIEWPORT }) : await browser.newPage();
  if (harness) await page.addInitScript({ path: HARNESS });
  // Not waiting for 'load': the page's script tag loads Decap's 5 MB bundle, which took over
  // 30 s on a loaded machine. The login button or the collections say when it is ready.
  await page.goto(`${origin}/admin/`, { waitUntil: 'commit' });
  // A persistent browser context remembers the test backend's login from an earlier page.
  const login = page.getByRole('button', { name: /login/i });
  const collections = page.getByText('Blog').first();
  await login.or(collections).first().waitFor({ timeout: OPEN_TIMEOUT });
  if (await login.isVisible()) await login.click();
  await collections.waitFor();
  // Decap's driver arrives once Decap is there, as the background injects it (MAIN world, late).
  if (harness) {
    await page.evaluate(await readFile(DRIVER, 'utf8'));
    if ((await page.evaluate(() => (window as unknown as Record<string, unknown>).__postPreflightDriver)) !== 'decap') throw new Error("Decap's driver bundle did not hand its driver over");
  }
  return page;
}

/** In-app navigation (Decap's hash router): no page reload. */
export async function navigate(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

export async function openEntry(page: Page, slug: string): Promise<void> {
  await navigate(page, `#/collections/blog/entries/${slug}`);
  await page.waitForFunction((s) => window.__decapHarness.find()?.key() === `blog/${s}`, slug);
  await page.locator('[data-slate-editor="true"]').waitFor();
}

export const read = (page: Page): Promise<string> => page.evaluate(() => window.__decapHarness.find()?.read() ?? '');
export const key = (page: Page): Promise<string | undefined> => page.evaluate(() => window.__decapHarness.find()?.key());
export const schemaFields = (page: Page): Promise<FieldSchema[] | undefined> => page.evaluate(() => window.__decapHarness.find()?.schema?.()?.fields);
export const apply = (page: Page, edits: TextEdit[], expected?: string): Promise<ApplyResult> =>
  page.evaluate(([e, x]) => window.__decapHarness.apply(e, x), [edits, expected] as const);
/**
 * The panel's Undo (src/panel/undo.ts): the inverse of the fix `edits` that took `before` to
 * `after`, sent back through the driver's `apply` with the same expected-text check as any fix.
 */
export async function panelUndo(page: Page, before: string, edits: TextEdit[], after: string): Promise<ApplyResult> {
  const step = undoStep('fix', before, edits, after);
  if (!step) throw new Error('nothing to undo');
  return apply(page, step.inverse, step.after);
}

/** The file as the test-repo backend holds it (the seed, or what "Publish now" saved). */
export const savedFile = (page: Page, slug: string): Promise<string> =>
  page.evaluate((s) => (window as unknown as { repoFiles: Record<string, Record<string, { content: string }>> }).repoFiles.blog![`${s}.md`]!.content, slug);

/** A text edit replacing the only occurrence of `find` in `text`. */
export function replaceOnce(text: string, find: string, replacement: string): TextEdit {
  const start = text.indexOf(find);
  if (start < 0 || text.indexOf(find, start + 1) >= 0) throw new Error(`expected exactly one "${find}"`);
  return { start, end: start + find.length, text: replacement };
}

/** Types at the end of the body paragraph (rich text) or line (markdown mode) containing `anchor`. */
export async function typeInBodyAfter(page: Page, anchor: string, text: string): Promise<void> {
  const block = page.locator('[data-slate-editor="true"] > *', { hasText: anchor }).first();
  await block.click();
  // A click alone lands mid-text and End is not reliable in Slate: see caretToBlockEndInPage.
  await waitUntil(async () => (await block.evaluate(caretToBlockEndInPage)) || undefined, `the caret at the end of "${anchor}"'s block`);
  await page.keyboard.type(text, { delay: 10 });
}

/** Link URLs in the rich-text editor's own value (Slate renders links without href). */
export function slateLinkUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-slate-editor="true"]')!;
    const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'))!;
    type Fiber = { return: Fiber | null; memoizedProps?: { editor?: { children: unknown[] } } };
    let fiber = (el as unknown as Record<string, Fiber>)[key] ?? null;
    while (fiber && !fiber.memoizedProps?.editor?.children) fiber = fiber.return;
    const urls: string[] = [];
    const walk = (nodes: unknown[]): void => {
      for (const n of nodes as { type?: string; data?: { url?: string }; children?: unknown[] }[]) {
        if (n.type === 'link' && n.data?.url) urls.push(n.data.url);
        if (n.children) walk(n.children);
      }
    };
    walk(fiber?.memoizedProps?.editor?.children ?? []);
    return urls;
  });
}

export async function typeInTitle(page: Page, text: string): Promise<void> {
  await page.locator('input[id^="title-field"]').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 10 });
}

/** The markdown widget's "Rich Text | Markdown" switch (the only switch without a field id). */
export async function toggleMarkdownMode(page: Page): Promise<void> {
  const before = await page.locator('[data-slate-editor="true"]').elementHandle();
  await page.locator('button[role="switch"]:not([id])').click();
  await page.waitForFunction((el) => !el?.isConnected && !!document.querySelector('[data-slate-editor="true"]'), before);
}

/**
 * Presses "Publish now" and waits for the test backend to write the file (it stores a new file
 * object on every save, so a save of unchanged text is seen too); returns the saved text.
 */
export async function publishNow(page: Page, slug: string): Promise<string> {
  await page.evaluate((s) => {
    const file = (window as unknown as { repoFiles: Record<string, Record<string, object>> }).repoFiles.blog![`${s}.md`]!;
    Object.defineProperty(file, '__beforePublish', { value: true });
  }, slug);
  await page.getByRole('button', { name: /publish/i }).first().click();
  await page.getByText('Publish now', { exact: true }).click();
  await page.waitForFunction(
    (s) => !(window as unknown as { repoFiles: Record<string, Record<string, { __beforePublish?: boolean }>> }).repoFiles.blog![`${s}.md`]!.__beforePublish,
    slug,
    // Decap refuses to publish an entry that breaks a field rule (e.g. the description pattern).
    { timeout: 10_000 },
  );
  return savedFile(page, slug);
}

/** Waits until the driver's text satisfies `test` (the store updates after React's event handling). */
export async function waitForRead(page: Page, test: (text: string) => boolean, timeout = 5000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = await read(page);
  while (!test(text) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    text = await read(page);
  }
  return text;
}

export const POST_C = 'seed-swap';
/** A post with keys of its own that config.yml does not list. */
export const POST_KEPT = 'kept-keys';

/**
 * Puts the caret right after `anchor` in the body, as a click there would (Slate follows the
 * DOM selection), in rich-text and markdown mode alike. The editor keeps the focus.
 */
export async function placeCaretAfter(page: Page, anchor: string): Promise<void> {
  await selectInBody(page, anchor, false);
}

/** Selects `text` in the body (or with `whole` false, puts the caret after it), as a user would. */
export async function selectInBody(page: Page, text: string, whole = true): Promise<void> {
  const block = page.locator('[data-slate-editor="true"] [data-slate-string]', { hasText: text }).first();
  await block.click();
  await block.evaluate((el, [t, all]) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(t as string);
    getSelection()!.setBaseAndExtent(node, all ? at : at + (t as string).length, node, at + (t as string).length);
  }, [text, whole] as const);
  // Slate reads the DOM selection on selectionchange (throttled).
  await page.waitForTimeout(250);
}

/** The scroll offsets of the form (Decap's control pane) and the window. */
export const scrollOffsets = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const out: number[] = [scrollY];
    for (let a = document.querySelector('[data-slate-editor="true"]')?.parentElement; a; a = a.parentElement) if (a.scrollHeight > a.clientHeight) out.push(a.scrollTop);
    return out;
  });

export interface BodySelection {
  inEditor: boolean;
  focused: boolean;
  /** Whether the page's frame has the keyboard (not the panel's): the page can name the editor as focused while it doesn't. */
  keyboard: boolean;
  selected: string;
  before: string;
}

/** In the page: the body editor's DOM selection, its text, and the editor's text before its start. Self-contained. */
export function bodySelectionInPage(): BodySelection {
  const editable = document.querySelector('[data-slate-editor="true"]')!;
  const sel = getSelection()!;
  if (!sel.rangeCount) return { inEditor: false, focused: false, keyboard: document.hasFocus(), selected: '', before: '' };
  const range = sel.getRangeAt(0);
  const head = document.createRange();
  head.setStart(editable, 0);
  head.setEnd(range.startContainer, range.startOffset);
  return {
    inEditor: editable.contains(range.startContainer),
    focused: editable.contains(document.activeElement),
    keyboard: document.hasFocus(),
    selected: sel.toString(),
    before: head.toString().replace(/\uFEFF/g, ''),
  };
}

export const bodySelection = (page: Page): Promise<BodySelection> => page.evaluate(bodySelectionInPage);

export const reveal = (page: Page, start: number, end: number, field?: string): Promise<void> =>
  page.evaluate(([s, e, f]) => window.__decapHarness.find()?.reveal?.(s, e, f ?? undefined), [start, end, field ?? null] as const);

/** The body editor element now: the same handle after a fix means the widget was not remounted. */
export const bodyEditable = (page: Page) => page.locator('[data-slate-editor="true"]').elementHandle();
