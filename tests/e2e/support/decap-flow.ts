import type { Page } from 'playwright-core';
import { stringify } from 'yaml';
import { navigate } from '../decap/support/decap-page';

/** The seeded post A's tracking links (src/editors/decap/site/admin/seed.js), before and after cleaning. */
export const TRACKED_GUIDE = 'https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2';
export const CLEAN_GUIDE = 'https://example.org/guide?page=2';
export const TRACKED_VIDEO = 'https://youtu.be/abc123XYZ?si=Qw3rTy';
export const CLEAN_VIDEO = 'https://youtu.be/abc123XYZ';
/** config.yml's message for the `pattern` of seo.description. */
export const DESCRIPTION_RULE_MESSAGE = 'Write 50 to 160 characters for the meta description.';

/** What the user types in post A's body: enough prose for the panel to suggest a description. */
export const TYPED_BODY = ' Next week we plant tulips and daffodils in the beds by the library, weather permitting.';

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
