import type { PostSchema } from './types';

/**
 * Limits follow what search results show: titles cut near 600 px, descriptions near 920 px
 * (desktop, Arial), and descriptions read best at 120–156 characters.
 */
export const DEFAULT_SCHEMA: PostSchema = {
  fields: [
    { path: 'title', type: 'string', required: true },
    { path: 'date', type: 'date', required: true },
  ],
  titlePath: ['title', 'seo.title'],
  descriptionPath: ['description', 'seo.description', 'summary', 'excerpt'],
  draftFlags: ['draft', 'hidePost', 'hidden', 'unpublished', 'private'],
  titleMaxLength: 60,
  titleMaxPixels: 600,
  descriptionMinLength: 120,
  descriptionMaxLength: 156,
  descriptionMaxPixels: 920,
};

/** A site's partial schema over the defaults; `fields` of the site replace defaults of the same path. */
export function resolveSchema(partial: Partial<PostSchema> = {}): PostSchema {
  const fields = new Map(DEFAULT_SCHEMA.fields.map((f) => [f.path, f]));
  for (const f of partial.fields ?? []) fields.set(f.path, { ...fields.get(f.path), ...f });
  return { ...DEFAULT_SCHEMA, ...partial, fields: [...fields.values()] };
}
