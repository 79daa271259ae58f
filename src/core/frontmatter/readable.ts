import type { Frontmatter } from '../types';
import { t, type Locale } from '../../i18n';

/**
 * True when the frontmatter parsed to a map that the field rules can trust. With a YAML
 * syntax error the data is partial, and reporting "missing title" on top of "line 3 is
 * broken" only sends the editor looking in the wrong place; yaml-syntax reports it instead.
 * Duplicate keys still leave readable data (the last one wins), so those rules keep working.
 */
export function isReadable(fm: Frontmatter): boolean {
  return fm.present && fm.closed && !!fm.doc && fm.errors.every((e) => e.code === 'DUPLICATE_KEY');
}

/** The opening `---`: where findings about a missing field point. */
export function fenceRange(fm: Frontmatter): { start: number; end: number } {
  return { start: fm.start, end: fm.start + 3 };
}

/** No usable value: absent, `key:` with nothing, blank text, an empty list or map. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** How a value reads in a message: its text, or what kind of thing it is. */
export function describeValue(value: unknown, locale?: Locale): string {
  if (value === null || value === undefined) return t(locale, 'valueEmpty');
  if (typeof value === 'string') return t(locale, 'valueText', { text: value.length > 40 ? value.slice(0, 40) + '…' : value });
  if (typeof value === 'number') return t(locale, 'valueNumber', { number: String(value) });
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return t(locale, 'valueList');
  return t(locale, 'valueObject');
}
