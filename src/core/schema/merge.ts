import type { FieldSchema, PostSchema } from './types';

/**
 * The CMS's schema (its field config: types, required, pattern, limits) under the user's schema
 * from the options: for a field both describe, the user's keys win key by key, so a user can
 * relax one rule of a CMS field without restating the rest; fields only one side names are kept.
 * Every non-field setting (title/description paths, length limits) is the user's when given.
 */
export function mergeSchemas(cms: Partial<PostSchema>, user: Partial<PostSchema> = {}): Partial<PostSchema> {
  const fields = new Map<string, FieldSchema>();
  for (const f of cms.fields ?? []) fields.set(f.path, { ...f });
  for (const f of user.fields ?? []) fields.set(f.path, { ...fields.get(f.path), ...f });
  return { ...cms, ...user, fields: [...fields.values()] };
}
