import { isScalar, visit, type Scalar } from 'yaml';
import type { Frontmatter } from '../types';

export interface FrontmatterUrl {
  /** Dotted path of the field, e.g. `seo.url` or `images.0`. */
  path: string;
  url: string;
  /** Range of the URL characters themselves (inside the quotes, if any) in the whole text. */
  start: number;
  end: number;
  /** How the scalar is written: a plain (unquoted) one ends where YAML syntax says, so an edit must keep it valid. */
  style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';
  /** TOML's single-quoted (literal) strings have no escape at all: a `'` can't be written in one. */
  toml?: true;
}

/**
 * Every http(s) URL written as a one-line scalar in the frontmatter, with the range of the URL
 * characters. Only scalars whose source text IS the URL are listed: plain, single-quoted without
 * `''`, double-quoted without backslash escapes. Anything else would need YAML re-quoting to edit.
 * TOML frontmatter (Hugo's `+++`) is read the same way from its one-line strings.
 */
export function frontmatterUrls(fm: Frontmatter, text: string): FrontmatterUrl[] {
  const doc = fm.doc;
  if (!doc || !fm.closed) return [];
  // A Frontmatter is reused while its block is unchanged (same text, same offsets): list once.
  const known = cache.get(fm);
  if (known) return known;
  const base = fm.docBase ?? fm.yamlStart;
  const out: FrontmatterUrl[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const value = node.value;
      if (!/^(?:https?:)?\/\//i.test(value)) return;
      const start = base + node.range[0];
      const end = base + node.range[1];
      const source = text.slice(start, end);
      const inner = fm.format === 'toml' ? tomlInnerRange(source) : innerRange(node, source);
      if (!inner) return;
      const url = text.slice(start + inner[0], start + inner[1]);
      if (url !== value) return;
      const style = fm.format === 'toml' ? (source.startsWith("'") ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE') : (node.type as FrontmatterUrl['style']);
      out.push({ path: pathOf(path, key), url, start: start + inner[0], end: start + inner[1], style, ...(fm.format === 'toml' && { toml: true as const }) });
    },
  });
  cache.set(fm, out);
  return out;
}

const cache = new WeakMap<Frontmatter, FrontmatterUrl[]>();

function innerRange(node: Scalar, source: string): [number, number] | undefined {
  if (/[\r\n]/.test(source)) return undefined;
  switch (node.type) {
    case 'PLAIN':
      return [0, source.length];
    case 'QUOTE_SINGLE':
      return source.includes("''") ? undefined : [1, source.length - 1];
    case 'QUOTE_DOUBLE':
      return source.includes('\\') ? undefined : [1, source.length - 1];
    default:
      return undefined;
  }
}

/**
 * TOML strings are always quoted: a basic string `"…"` without escapes, or a literal string
 * `'…'` (which has none), holds the URL as written. Multi-line strings are left alone.
 */
function tomlInnerRange(source: string): [number, number] | undefined {
  if (source.length < 2 || /[\r\n]/.test(source) || source.startsWith('"""') || source.startsWith("'''")) return undefined;
  const quote = source[0];
  if ((quote !== '"' && quote !== "'") || source[source.length - 1] !== quote) return undefined;
  return quote === '"' && source.includes('\\') ? undefined : [1, source.length - 1];
}

function pathOf(ancestors: readonly unknown[], key: unknown): string {
  const parts: string[] = [];
  for (const a of ancestors) {
    if (a && typeof a === 'object' && 'key' in a && 'value' in a) {
      const k = (a as { key: unknown }).key;
      parts.push(isScalar(k) ? String(k.value) : String(k));
    }
  }
  if (typeof key === 'number') parts.push(String(key));
  return parts.join('.');
}

/**
 * An unquoted YAML value may not end in `:` (before the line end, a space or a flow `,]}` the
 * colon marks a key): `url: https://a.test?x=:` is a nested mapping, an error. Removing the
 * parameters after such a colon would break the whole frontmatter, so that URL gets no fix.
 * Nothing else can go wrong: the cleaned URL has no whitespace and starts as the original did.
 */
export function breaksPlainScalar(style: string, url: string): boolean {
  return style === 'PLAIN' && url.endsWith(':');
}
