/**
 * The sample post both CMS test sites seed (src/editors/decap/site/admin/seed.js and
 * src/editors/sveltia/site/seed.js): its tracking links before and after cleaning, config.yml's
 * rule message, and what the tests type. Plain constants, no browser imports: the Decap and the
 * Sveltia flows (Chromium and Firefox) share them.
 */
export const TRACKED_GUIDE = 'https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2';
export const CLEAN_GUIDE = 'https://example.org/guide?page=2';
export const TRACKED_VIDEO = 'https://youtu.be/abc123XYZ?si=Qw3rTy';
export const CLEAN_VIDEO = 'https://youtu.be/abc123XYZ';
/** config.yml's message for the `pattern` of seo.description. */
export const DESCRIPTION_RULE_MESSAGE = 'Write 50 to 160 characters for the meta description.';
/** What the user types in post A's body: enough prose for the panel to suggest a description. */
export const TYPED_BODY = ' Next week we plant tulips and daffodils in the beds by the library, weather permitting.';
