import type { PostSchema } from './types';
import type { SnippetLimits } from '../types';

/**
 * Limits follow what search results show and what the leading WordPress SEO plugin checks (compared in bench/reference), and agree with each other:
 * - titles are cut by width, at about 600 px of 20 px Arial (the plugin's title-width assessment
 *   uses the same 600 px); there is no character cap by default;
 * - descriptions: 120–156 characters (the plugin's meta-description length assessment), and in pixels of
 *   14 px Arial the same lengths of ordinary prose: the descriptions of 47 real posts
 *   (shared/suggest-corpus) average 6.3 px per character, so 156 characters ≈ 983 px → 990 px,
 *   120 characters ≈ 756 px → 760 px. The pixel limits are what count for wider text (capitals,
 *   CJK, emoji): 990 px is about 70 CJK characters (the plugin allows 80 for Japanese).
 *   Google publishes no limit; its desktop results show about two lines, which SEO tools put at
 *   920–990 px. The old 920 px (≈146 characters of prose) contradicted the 156-character limit.
 */
export const DEFAULT_SCHEMA: PostSchema = {
  fields: [
    // No `required` here: the title group (titlePath) is required as a whole; `required: true`
    // on `title` would mean that very field (rules/required-fields.ts).
    { path: 'title', type: 'string' },
    { path: 'date', type: 'date', required: true },
  ],
  titlePath: ['title', 'seo.title'],
  descriptionPath: ['description', 'seo.description', 'summary', 'excerpt'],
  draftFlags: ['draft', 'hidePost', 'hidden', 'unpublished', 'private'],
  titleMaxPixels: 600,
  descriptionMinLength: 120,
  descriptionMinPixels: 760,
  descriptionMaxLength: 156,
  descriptionMaxPixels: 990,
};

/** A site's partial schema over the defaults; `fields` of the site replace defaults of the same path. */
export function resolveSchema(partial: Partial<PostSchema> = {}): PostSchema {
  const fields = new Map(DEFAULT_SCHEMA.fields.map((f) => [f.path, f]));
  for (const f of partial.fields ?? []) fields.set(f.path, { ...fields.get(f.path), ...f });
  return { ...DEFAULT_SCHEMA, ...partial, fields: [...fields.values()] };
}

/** The limits search results impose, as the panel's snippet preview and hints need them. */
export function snippetLimits(schema: PostSchema): SnippetLimits {
  const { titleMaxPixels, descriptionMinLength, descriptionMaxLength, descriptionMinPixels, descriptionMaxPixels } = schema;
  return { titleMaxPixels, descriptionMinLength, descriptionMaxLength, descriptionMinPixels, descriptionMaxPixels };
}
