import { stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { CLEAN_GUIDE, CLEAN_VIDEO, TRACKED_GUIDE, TRACKED_VIDEO, TYPED_BODY } from '../support/sample-post';

export { CLEAN_GUIDE, CLEAN_VIDEO, DESCRIPTION_RULE_MESSAGE, TRACKED_GUIDE, TRACKED_VIDEO, TYPED_BODY } from '../support/sample-post';

/** Shared by the Sveltia e2e tests (Chromium and Firefox): the sample posts and the expected save. */
export const POST_A = 'november-newsletter';
export const POST_B = 'october-recap';
export const TYPED_AFTER_FIX = ' Bring gloves.';
/** Typed in Sveltia's markdown mode (its plain textarea) after the fixes. */
export const TYPED_IN_MARKDOWN = ' See you soon.';

/**
 * The seed with exactly the tracking parameters removed, the typing added and the chosen
 * description (Sveltia's YAML writer doesn't fold long strings, unlike Decap's: lineWidth 0).
 */
export function expectedSave(seed: string, description: string): string {
  const line = stringify({ seo: { description } }, { lineWidth: 0 }).replace(/^seo:\n/, '');
  // The body first: the suggested description may quote the body's words ("north fence.").
  return seed
    .replace(TRACKED_GUIDE, CLEAN_GUIDE)
    .replace(TRACKED_VIDEO, CLEAN_VIDEO)
    .replace('north fence.', `north fence.${TYPED_BODY}`)
    .replace('missed the workshop.', `missed the workshop.${TYPED_AFTER_FIX}`)
    .replace('before the next meeting.\n\nWatch', `before the next meeting.${TYPED_IN_MARKDOWN}\n\nWatch`)
    .replace('  description: Short news.\n', line);
}

/** Runs in the page: the stored file from Sveltia's test-repo (the origin-private file system). */
export async function readStoredFile(path: string): Promise<string> {
  let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
  const parts = path.split('/');
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
  return (await (await dir.getFileHandle(parts[parts.length - 1]!)).getFile()).text();
}

/** Runs in the page: puts the caret at the end of the Lexical paragraph containing `anchor`. */
export function caretAfter(anchor: string): boolean {
  const root = document.querySelector('[data-entry-draft-root] [data-mode="edit"] [data-lexical-editor]');
  const block = [...(root?.children ?? [])].find((el) => el.textContent?.includes(anchor));
  if (!block || !(root instanceof HTMLElement)) return false;
  root.focus();
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
  if (!last) return false;
  getSelection()?.collapse(last, last.textContent?.length ?? 0);
  return true;
}

/** Runs in the page: switches the body to markdown mode (Sveltia's "Edit in Markdown" toggle). */
export function markdownMode(): boolean {
  const button = document.querySelector<HTMLButtonElement>('[data-mode="edit"] section[data-key-path="body"] button[aria-label="Edit in Markdown"]');
  if (!button) return false;
  if (button.getAttribute('aria-pressed') !== 'true') button.click();
  return true;
}

/** Runs in the page: focuses the body's markdown textarea with the caret after `anchor`. */
export function markdownCaretAfter(anchor: string): boolean {
  const area = document.querySelector<HTMLTextAreaElement>('[data-mode="edit"] section[data-key-path="body"] textarea');
  const at = area?.value.indexOf(anchor) ?? -1;
  if (!area || at < 0 || area.getAttribute('aria-hidden') === 'true') return false;
  area.focus();
  area.setSelectionRange(at + anchor.length, at + anchor.length);
  return true;
}

/** Loads Sveltia at `url` in `page` and signs in to its test repository (a persistent context may remember the sign-in). */
export async function signInToSveltia(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const signIn = page.getByRole('button', { name: 'Work with Test Repository' });
  const collections = page.getByText('Blog').first();
  await signIn.or(collections).first().waitFor();
  if (await signIn.isVisible()) await signIn.click();
  await collections.waitFor();
}
