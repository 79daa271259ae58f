import { setFieldEdits } from '../core/frontmatter/set-field';
import type { TextEdit } from '../core/types';

export type DescriptionEdit = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/** The minimal frontmatter edit that sets the description field to `value`, or why it can't be done. */
export function descriptionEdits(text: string, path: string, value: string): DescriptionEdit {
  try {
    return { ok: true, edits: setFieldEdits(text, path, value) };
  } catch (error) {
    // SetFieldError messages are written for the editor already.
    return { ok: false, message: (error as Error).message };
  }
}
