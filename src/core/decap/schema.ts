import type { FieldSchema, FieldType, PostSchema } from '../schema/types';
import { BODY_FIELD } from './serialize';
import type { DecapField } from './types';

const TYPES: Record<string, FieldType> = {
  string: 'string',
  text: 'text',
  markdown: 'text',
  code: 'text',
  datetime: 'date',
  date: 'date',
  boolean: 'boolean',
  number: 'number',
  list: 'list',
  object: 'object',
  image: 'image',
  file: 'string',
  select: 'string',
  relation: 'string',
  color: 'string',
};

/**
 * The frontmatter rules Decap itself enforces on Publish, as a partial PostSchema, so the
 * panel shows them while the user writes. Hidden fields are skipped (the user can't edit
 * them); the body is not frontmatter. Object fields contribute their sub-fields as dotted paths.
 */
export function schemaFromFields(fields: readonly DecapField[]): Partial<PostSchema> {
  return { fields: fields.filter((f) => f.name !== BODY_FIELD).flatMap((f) => fieldSchemas(f, '')) };
}

function fieldSchemas(f: DecapField, prefix: string): FieldSchema[] {
  if (f.widget === 'hidden') return [];
  const path = prefix + f.name;
  const widget = f.widget ?? 'string';
  const s: FieldSchema = { path, required: f.required !== false };
  const type = widget === 'select' && f.multiple ? 'list' : TYPES[widget];
  if (type) s.type = type;
  if (f.label) s.label = f.label;
  if (f.pattern) {
    s.pattern = f.pattern[0];
    if (f.pattern[1]) s.patternMessage = f.pattern[1];
  }
  // Decap applies min/max to lists (item count) and numbers (value) only.
  if (type === 'list' || type === 'number') {
    if (f.min !== undefined) s.min = f.min;
    if (f.max !== undefined) s.max = f.max;
  }
  if (widget === 'select' && f.options?.length) {
    s.enum = f.options.map((o) => (typeof o === 'object' ? o.value : o));
    if (!f.multiple && s.enum.every((v) => typeof v === 'number')) s.type = 'number';
  }
  const nested = widget === 'object' && f.fields ? f.fields.flatMap((sub) => fieldSchemas(sub, path + '.')) : [];
  return [s, ...nested];
}
