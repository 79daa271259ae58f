import { isScalar } from 'yaml';
import { decodeScalar, type ScalarStyle } from '../frontmatter/scalar-source';
import { decodeTomlString } from '../frontmatter/toml-string';
import { walkFields } from '../parse/fields';
import { parseMarkdown } from '../parse/markdown';
import type { Frontmatter, LinkRef } from '../types';

/** What a value must contain to hold a link, an image or an anchor (cheap test before lexing it). */
const MAY_LINK = /\]\(|\]\[|\]:|<a\s|<img\s|<iframe\s|<(?:https?|mailto):|https?:\/\/|www\./i;
/** A value that is one address and nothing else: `frontmatterUrls` (tracking-params, insecure-http) reads those. */
const ONLY_AN_ADDRESS = /^\s*(?:https?:)?\/\/\S+\s*$/i;

/**
 * Links written in the markdown of frontmatter text fields, wherever a reader sees them: a
 * Hugo `image.caption: "Photo by [Ann](https://unsplash.com/@ann?utm_source=…)"`, a summary, an
 * excerpt, a Decap list of sections with markdown bodies. Each value is read as YAML (or TOML) reads it,
 * its markdown lexed like the body's, and every link placed on the characters that write it in
 * the source. When a value's characters can't be mapped (a form the decoder doesn't handle), its
 * links are still reported, on the whole value, and no edit is offered for them.
 */
export function frontmatterLinks(fm: Frontmatter, text: string): LinkRef[] {
  if (!fm.doc || !fm.closed) return [];
  const known = cache.get(fm);
  if (known) return known;
  const base = fm.docBase ?? fm.yamlStart;
  const out: LinkRef[] = [];
  for (const f of walkFields(fm)) {
    const node = f.node;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range || !MAY_LINK.test(node.value) || ONLY_AN_ADDRESS.test(node.value)) continue;
    const value = node.value;
    const start = base + node.range[0];
    const source = text.slice(start, base + node.range[1]);
    // TOML's strings are always quoted: `'…'` (and `'''…'''`) hold text as written, `"…"` has escapes.
    const toml = fm.format === 'toml';
    const style: ScalarStyle = toml ? (source.startsWith("'") ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE') : (node.type as ScalarStyle);
    const decoded = toml ? decodeTomlString(source) : decodeScalar(source, style);
    const mapped = decoded !== undefined && decoded.value === value;
    for (const l of parseMarkdown(value, 0).links) {
      const site = { path: f.path, parts: f.parts, style, urlOffset: l.urlStart, mapped, literal: false, ...(toml && { toml: true as const }) };
      if (!mapped) {
        out.push({ ...l, start, end: start + source.length, urlStart: start, urlEnd: start + source.length, field: site });
        continue;
      }
      const at = (o: number) => start + (o < decoded.from.length ? decoded.from[o]! : source.length);
      const until = (o: number) => (o > 0 ? start + decoded.to[o - 1]! : start);
      const urlStart = at(l.urlStart);
      const urlEnd = l.urlEnd > l.urlStart ? until(l.urlEnd) : urlStart;
      site.literal = text.slice(urlStart, urlEnd) === l.url;
      out.push({ ...l, start: at(l.start), end: until(l.end), urlStart, urlEnd, field: site });
    }
  }
  cache.set(fm, out);
  return out;
}

const cache = new WeakMap<Frontmatter, LinkRef[]>();
