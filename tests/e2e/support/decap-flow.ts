import type { Page } from 'playwright-core';
import { stringify } from 'yaml';
import { navigate } from '../decap/support/decap-page';
import { CLEAN_GUIDE, CLEAN_VIDEO, TRACKED_GUIDE, TRACKED_VIDEO, TYPED_BODY } from './sample-post';

export { CLEAN_GUIDE, CLEAN_VIDEO, DESCRIPTION_RULE_MESSAGE, TRACKED_GUIDE, TRACKED_VIDEO, TYPED_BODY } from './sample-post';

/** Opens an entry by Decap's hash route (no reload) and waits for its rich-text body. */
export async function openEntryPage(page: Page, slug: string): Promise<void> {
  await navigate(page, `#/collections/blog/entries/${slug}`);
  await page.locator('[data-slate-editor="true"]').waitFor();
}

/**
 * What "Publish now" must save after the story of the Decap tests: the seed (in Decap's own
 * save format, see decap-driver.test.ts's baseline) changed by exactly the typing, the removed
 * tracking parameters and the new description. The description line is written the way Decap's
 * YAML writer writes it (it folds long strings), so the comparison stays byte for byte.
 */
export function expectedSave(seed: string, description: string): string {
  const line = stringify({ seo: { description } }).replace(/^seo:\n/, '');
  // The description last: a suggestion may quote body text ("…north fence.") that the body edits look for.
  const expected = seed
    .replace('title: November newsletter\n', 'title: November newsletter 2026\n')
    .replace(TRACKED_GUIDE, CLEAN_GUIDE)
    .replace(TRACKED_VIDEO, CLEAN_VIDEO)
    .replace('north fence.', `north fence.${TYPED_BODY} Bring gloves.`)
    .replace('missed the workshop.', 'missed the workshop. See you soon.')
    .replace('  description: Short news.\n', line);
  return expected;
}
