import { isScalar } from 'yaml';
import { parsePost } from '../core/parse/post';
import type { TextEdit } from '../core/types';

export type DescriptionEdit = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/**
 * The minimal frontmatter edit that sets the description field to `value`, or why it can't be
 * done. Interim: replaces an existing scalar's bytes, or adds a top-level key before the
 * closing fence; the frontmatter engineer's `setFieldEdits` (src/core/frontmatter/set-field.ts)
 * replaces this once it is on main.
 */
export function descriptionEdits(text: string, path: string, value: string): DescriptionEdit {
  const fm = parsePost(text).frontmatter;
  if (!fm.present || !fm.closed || !fm.doc) return { ok: false, message: 'The post has no complete frontmatter block: add the --- fences first.' };
  if (fm.errors.length) return { ok: false, message: 'Fix the frontmatter errors first, then use the suggestion.' };
  // A double-quoted YAML scalar is a JSON string: safe for any text.
  const quoted = JSON.stringify(value);
  const keys = path.split('.');
  const node = fm.doc.getIn(keys, true);
  const base = fm.docBase ?? fm.yamlStart;
  if (isScalar(node) && node.range) return { ok: true, edits: [{ start: base + node.range[0], end: base + node.range[1], text: quoted }] };
  if (node !== undefined) return { ok: false, message: `${path} is not a plain text field; edit it by hand.` };
  if (keys.length !== 1) return { ok: false, message: `Add ${path} to the frontmatter by hand first; then "Use this" can fill it.` };
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const atEnd = fm.yamlEnd > fm.yamlStart && !/\r?\n$/.test(text.slice(fm.yamlStart, fm.yamlEnd)) ? newline : '';
  return { ok: true, edits: [{ start: fm.yamlEnd, end: fm.yamlEnd, text: `${atEnd}${keys[0]}: ${quoted}${newline}` }] };
}
