import { SetFieldError, setFieldEdits } from '../core/frontmatter/set-field';
import type { TextEdit } from '../core/types';
import { tr } from '../platform/locale';

export type DescriptionEdit = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/** The minimal frontmatter edit that sets the description field to `value`, or why it can't be done. */
export function descriptionEdits(text: string, path: string, value: string): DescriptionEdit {
  try {
    return { ok: true, edits: setFieldEdits(text, path, value) };
  } catch (error) {
    // SetFieldError messages are written for the editor already, in the catalog too.
    const words = error instanceof SetFieldError ? error.words : undefined;
    return { ok: false, message: words ? tr(words.key, words.params) : (error as Error).message };
  }
}
