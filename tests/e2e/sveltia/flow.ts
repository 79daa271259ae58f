import { stringify } from 'yaml';

/** Shared by the Sveltia e2e tests (Chromium and Firefox): the sample post's links and the expected save. */

export const POST_A = 'november-newsletter';
export const POST_B = 'october-recap';
export const TRACKED_GUIDE = 'https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2';
export const CLEAN_GUIDE = 'https://example.org/guide?page=2';
export const TRACKED_VIDEO = 'https://youtu.be/abc123XYZ?si=Qw3rTy';
export const CLEAN_VIDEO = 'https://youtu.be/abc123XYZ';
export const DESCRIPTION_RULE_MESSAGE = 'Write 50 to 160 characters for the meta description.';
export const TYPED_BODY = ' Next week we plant tulips and daffodils in the beds by the library, weather permitting.';
export const TYPED_AFTER_FIX = ' Bring gloves.';

/**
 * The seed with exactly the tracking parameters removed, the typing added and the chosen
 * description (Sveltia's YAML writer doesn't fold long strings, unlike Decap's: lineWidth 0).
 */
export function expectedSave(seed: string, description: string): string {
  const line = stringify({ seo: { description } }, { lineWidth: 0 }).replace(/^seo:\n/, '');
  return seed
    .replace('  description: Short news.\n', line)
    .replace(TRACKED_GUIDE, CLEAN_GUIDE)
    .replace(TRACKED_VIDEO, CLEAN_VIDEO)
    .replace('north fence.', `north fence.${TYPED_BODY}`)
    .replace('missed the workshop.', `missed the workshop.${TYPED_AFTER_FIX}`);
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
