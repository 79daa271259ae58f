import { parseDocument } from 'yaml';
import { decodeScalar, type DecodedScalar } from '../frontmatter/scalar-source';
import { decodeTomlString } from '../frontmatter/toml-string';
import { readTomlData } from '../parse/frontmatter-other';
import type { FieldLinkSite, Frontmatter, LinkRef, TextEdit } from '../types';

/**
 * The edit that points `link` at `url`. In the body that is the URL's range. Inside a
 * frontmatter text field, the characters are YAML (or TOML): only the part of the URL that
 * changes is rewritten, encoded for the value's quoting (`''` in YAML's single quotes, `\"` and
 * `\\` in double quotes), every other byte of the value (escapes included) stays as written, and
 * the edited frontmatter is parsed again: unless it holds the same data with that one value
 * changed exactly as meant, there is no edit (the finding stays, without a fix).
 */
export function urlEdit(text: string, fm: Frontmatter, link: LinkRef, url: string): TextEdit | undefined {
  if (!link.field) return { start: link.urlStart, end: link.urlEnd, text: url };
  const site = link.field;
  // In TOML only a URL written as itself is edited (no escapes inside it, which is how URLs are written).
  if (!site.mapped || (site.toml && !site.literal)) return undefined;
  const source = text.slice(link.urlStart, link.urlEnd);
  const decoded = decodeUrlSource(site, source);
  if (!decoded || decoded.value !== link.url) return undefined;
  const shift = site.style === 'QUOTE_SINGLE' || site.style === 'QUOTE_DOUBLE' ? 1 : 0;
  const old = link.url;
  let p = 0;
  while (p < old.length && p < url.length && old[p] === url[p]) p++;
  let q = 0;
  while (q < old.length - p && q < url.length - p && old[old.length - 1 - q] === url[url.length - 1 - q]) q++;
  const from = p < old.length ? decoded.from[p]! - shift : source.length;
  const to = old.length - q > p ? decoded.to[old.length - q - 1]! - shift : from;
  const middle = encodeForField(site, url.slice(p, url.length - q));
  if (middle === undefined) return undefined;
  const edit = { start: link.urlStart + from, end: link.urlStart + to, text: middle };
  return keepsData(text, fm, edit, site, old, url, site.toml ? readToml : readYaml) ? edit : undefined;
}

/**
 * The URL's own characters as the value's style reads them (in double quotes a long URL may be
 * wrapped with escaped line breaks; anywhere else a break would be a space, not part of a URL),
 * as YAML or TOML reads its strings.
 */
function decodeUrlSource(site: FieldLinkSite, source: string): DecodedScalar | undefined {
  if (site.style !== 'QUOTE_SINGLE' && site.style !== 'QUOTE_DOUBLE') return decodeScalar(source, 'PLAIN');
  const quoted = site.style === 'QUOTE_SINGLE' ? `'${source}'` : `"${source}"`;
  return site.toml ? decodeTomlString(quoted) : decodeScalar(quoted, site.style);
}

/**
 * The text to write over the URL's range when the caller has no post text to check against
 * (the link checker's "Use …" changes): only for field links whose URL is written as itself.
 */
export function writtenUrl(link: LinkRef, url: string): string | undefined {
  if (!link.field) return url;
  if (!link.field.mapped || !link.field.literal) return undefined;
  return encodeForField(link.field, url);
}

/** `s` written inside a frontmatter string of this style, or undefined where it can't be (a line break, a quote in a TOML literal string). */
export function encodeForField(site: Pick<FieldLinkSite, 'style' | 'toml'>, s: string): string | undefined {
  if (/[\r\n\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s)) return undefined;
  // TOML: a literal string has no way to write a quote; a basic one escapes it and the backslash.
  if (site.toml) return site.style === 'QUOTE_SINGLE' ? (s.includes("'") ? undefined : s) : s.replace(/[\\"]/g, (c) => `\\${c}`);
  switch (site.style) {
    case 'QUOTE_SINGLE':
      return s.replace(/'/g, "''");
    case 'QUOTE_DOUBLE':
      return s.replace(/[\\"]/g, (c) => `\\${c}`);
    default:
      // Plain and block values hold text as written; a parse check below catches what YAML would read differently.
      return s;
  }
}

/** The frontmatter with the edit is still valid YAML and holds the same data but for the one value, changed as meant. */
/**
 * Frontmatter read again to check edits, per parse: each check reads all of it, so a field
 * holding thousands of links made the checks quadratic (17 s for 4,000 links in a 31 KB caption).
 * Past this many characters read, further links in that frontmatter are left to be fixed by hand.
 */
const CHECK_BUDGET_CHARS = 2_000_000;
const checked = new WeakMap<Frontmatter, number>();

function keepsData(text: string, fm: Frontmatter, edit: TextEdit, site: FieldLinkSite, oldUrl: string, newUrl: string, read: (source: string) => unknown): boolean {
  if (!fm.closed || edit.start < fm.yamlStart || edit.end > fm.yamlEnd) return false;
  const spent = (checked.get(fm) ?? 0) + (fm.yamlEnd - fm.yamlStart);
  if (spent > CHECK_BUDGET_CHARS) return false;
  checked.set(fm, spent);
  const after = read(text.slice(fm.yamlStart, edit.start) + edit.text + text.slice(edit.end, fm.yamlEnd));
  if (after === INVALID) return false;
  const before = valueAt(fm.data, site.parts);
  if (typeof before !== 'string' || before.slice(site.urlOffset, site.urlOffset + oldUrl.length) !== oldUrl) return false;
  const meant = before.slice(0, site.urlOffset) + newUrl + before.slice(site.urlOffset + oldUrl.length);
  return JSON.stringify(after) === JSON.stringify(withValueAt(fm.data, site.parts, meant));
}

const INVALID = Symbol('invalid');

function readYaml(source: string): unknown {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) return INVALID;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return INVALID;
  }
}

function readToml(source: string): unknown {
  return readTomlData(source) ?? INVALID;
}

function valueAt(data: unknown, parts: readonly string[]): unknown {
  let v = data;
  for (const p of parts) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

function withValueAt(data: unknown, parts: readonly string[], value: unknown): unknown {
  if (parts.length === 0) return value;
  const [head, ...rest] = parts as [string, ...string[]];
  if (Array.isArray(data)) return data.map((item, i) => (String(i) === head ? withValueAt(item, rest, value) : item));
  const record = (data ?? {}) as Record<string, unknown>;
  return { ...record, [head]: withValueAt(record[head], rest, value) };
}
