import { getPath } from '../parse/fields';
import { tomlLayout, type TomlLayout } from '../parse/frontmatter-other';
import type { Frontmatter, TextEdit } from '../types';

/**
 * The edits that make the string field at `parts` of a post's TOML frontmatter (Hugo's, Zola's
 * `+++` block) hold `value`; undefined when that can't be done without guessing, which
 * set-field reports as a field to edit by hand. Only the field's value, or one new line, is
 * written: comments, order, quoting and line endings elsewhere stay byte for byte.
 * - A key already written (at the top, under its `[table]`, or as a dotted key): its value is
 *   replaced where it stands.
 * - A new key: on a line after the last key of its table (a top-level one before the first
 *   `[table]`, where TOML reads it as top-level), indented like that key.
 * - A new table (`seo.description` in a post without `seo`): `[seo]` at the end of the block.
 *   A parent written any other way (an inline table, dotted keys, `[[list]]`, `[seo.extra]`) is
 *   left to the author.
 * The frontmatter must be closed and valid TOML (the caller checks), and set-field parses the
 * result before returning it. `nl`: the post's line break.
 */
export function tomlFieldEdits(text: string, fm: Frontmatter, parts: readonly string[], value: string, nl: string): TextEdit[] | undefined {
  const encoded = tomlBasicString(value);
  if (encoded === undefined) return undefined;
  const base = fm.yamlStart;
  const src = text.slice(base, fm.yamlEnd);
  const { headers, pairs } = tomlLayout(src);
  const written = pairs.find((p) => same([...p.table, ...p.keys], parts));
  if (written) {
    // A group of fields or a list (an inline table, an array) is not replaced by a text: the author decides.
    const old = getPath(fm.data, parts.join('.'));
    if (old !== null && typeof old === 'object') return undefined;
    // What is replaced must be the value alone: no comment or other line swept up with it.
    if (!onlyValue(src.slice(written.valueStart, written.valueEnd))) return undefined;
    return [{ start: base + written.valueStart, end: base + written.valueEnd, text: encoded }];
  }

  const table = parts.slice(0, -1);
  const line = `${tomlKey(parts[parts.length - 1]!)} = ${encoded}`;
  const header = table.length ? headers.find((h) => !h.array && same(h.path, table)) : undefined;
  if (table.length && !header) {
    // A parent holding a value or an inline table, the table made by dotted keys, or a header at or
    // below it: written another way. A header above it (`[params]` for `params.seo`) is fine: a new
    // `[params.seo]` goes at the end.
    const usedOtherwise = pairs.some((p) => startsWith([...p.table, ...p.keys], table) || startsWith(table, [...p.table, ...p.keys])) || headers.some((h) => startsWith(h.path, table));
    if (usedOtherwise) return undefined;
    // A blank line, then the new table, before the closing +++.
    const lead = src === '' || /[\r\n]$/.test(src) ? '' : nl;
    return [{ start: base + src.length, end: base + src.length, text: `${lead}${src.trim() ? nl : ''}[${table.map(tomlKey).join('.')}]${nl}${line}${nl}` }];
  }
  return afterLastKey(base, src, { headers, pairs }, table, header, line, nl);
}

/** A new `key = value` line after the last key of `table` (its header's line when it has none). */
function afterLastKey(base: number, src: string, layout: TomlLayout, table: readonly string[], header: TomlLayout['headers'][number] | undefined, line: string, nl: string): TextEdit[] {
  const from = header ? header.lineEnd : 0;
  const next = layout.headers.find((h) => h.lineStart >= from && h !== header);
  const until = next ? next.lineStart : src.length;
  const inTable = layout.pairs.filter((p) => same(p.table, table) && p.lineStart >= from && p.lineStart < until);
  const last = inTable[inTable.length - 1];
  if (!last) {
    // A table with no key yet, or a top level with none before the first header.
    if (header) return [{ start: base + header.lineEnd, end: base + header.lineEnd, text: `${nl}${line}` }];
    return [{ start: base, end: base, text: `${line}${nl}` }];
  }
  const indent = /^[ \t]*/.exec(src.slice(last.lineStart))![0];
  return [{ start: base + last.lineEnd, end: base + last.lineEnd, text: `${nl}${indent}${line}` }];
}

/**
 * Whether a value's source is that value alone, as a TOML reader sees it: a value on one line, or
 * a multi-line string or array that ends with its own closing quotes or bracket, with no closing
 * quotes inside followed by a comment (a comment swept up with the value would be deleted).
 */
function onlyValue(source: string): boolean {
  if (/^(?:"""|''')/.test(source)) return /(?:"""|''')"{0,2}$/.test(source) && !/(?:"""|''')[ \t]*#/.test(source.slice(3, -3));
  if (/^[[{]/.test(source)) return /[\]}]$/.test(source);
  return !/[\r\n]/.test(source);
}

/**
 * `value` as a TOML basic string: `"` and `\` escaped, control characters (tab aside) as
 * `\uXXXX`. Undefined for a lone surrogate, which no TOML string can hold.
 */
export function tomlBasicString(value: string): string | undefined {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) return undefined;
  const escaped = value.replace(/["\\\u0000-\u0008\u000A-\u001F\u007F]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : (ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)));
  return `"${escaped}"`;
}

const ESCAPES: Record<string, string> = { '\b': '\\b', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** A key as TOML writes it: bare when it can be, else quoted. */
function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlBasicString(key)!;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const startsWith = (a: readonly string[], prefix: readonly string[]) => prefix.length <= a.length && prefix.every((x, i) => x === a[i]);
