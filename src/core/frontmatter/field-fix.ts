import type { FieldEntry } from '../parse/fields';
import type { Fix } from '../types';
import { setFieldEdits } from './set-field';

/**
 * A fix that writes `value` into a field found by walkFields, or undefined when the field
 * can't be addressed by a dotted path (keys that contain dots) or the writer refuses.
 */
export function fieldFix(text: string, field: Pick<FieldEntry, 'parts'>, value: string, description: string): Fix | undefined {
  if (field.parts.some((p) => p.includes('.') || p === '')) return undefined;
  try {
    return { description, edits: setFieldEdits(text, field.parts.join('.'), value) };
  } catch {
    return undefined;
  }
}
