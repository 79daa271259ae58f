import { keptAsCompanions, trackingMatcher } from './tracking-table';
import { BoundedMap } from '../text/bounded-map';

export interface CleanUrlOptions {
  /** Extra tracking parameters: `name`, `prefix_*`, `host:name`. */
  extra?: readonly string[];
  /** Parameters never to remove, in the same forms (a site's `keepTrackingParams`). */
  keep?: readonly string[];
  /** Entities are decoded where the URL sits (HTML attributes, markdown link destinations): `&amp;` (or `&#38;`) separates parameters. */
  htmlEntities?: boolean;
}

export interface CleanedUrl {
  url: string;
  /** Decoded names of the parameters removed, in source order. */
  removed: string[];
}

/** `scheme://authority` at the start, or a protocol-relative `//authority`; group 2 is the authority. */
const ABSOLUTE = /^(https?:)?\/\/([^/?#\\]*)/i;
/** A host we can match against the table: a DNS name (any script) or an IPv4/IPv6 literal, nothing odd. */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?';
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9a-f:.]+\\])$`, 'u');

/**
 * Removes tracking parameters from a URL exactly as written in the source. Everything else —
 * the other parameters, their order, their encoding, the separators, the `#fragment` — is kept
 * byte for byte; a `?` left empty is dropped. Returns undefined when there is nothing to remove
 * or the URL is not one we can edit safely (mailto:, tel:, relative, other schemes, malformed).
 */
export function cleanUrl(raw: string, opts: CleanUrlOptions = {}): CleanedUrl | undefined {
  const authority = ABSOLUTE.exec(raw);
  if (!authority) return undefined;
  // Whitespace or control characters: the link is already broken; editing it would hide that.
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return undefined;
  const host = hostOf(authority[2]!);
  if (!host) return undefined;

  const hash = fragmentStart(raw, opts.htmlEntities === true);
  const beforeHash = hash < 0 ? raw : raw.slice(0, hash);
  const fragment = hash < 0 ? '' : raw.slice(hash);
  const q = beforeHash.indexOf('?', authority[0].length);
  if (q < 0) return undefined;
  const query = beforeHash.slice(q + 1);

  const isTracking = trackingMatcher(opts.extra, opts.keep).forHost(host);
  const removed: string[] = [];
  const kept: Segment[] = [];
  const segments = splitQuery(query, opts.htmlEntities === true).map((seg) => {
    const eq = seg.text.indexOf('=');
    return { seg, eq, name: decodePart(eq < 0 ? seg.text : seg.text.slice(0, eq), opts.htmlEntities === true) };
  });
  const companions = keptAsCompanions(host, () => segments.map((s) => s.name));
  for (const { seg, eq, name } of segments) {
    const value = () => (eq < 0 ? undefined : decodePart(seg.text.slice(eq + 1), opts.htmlEntities === true));
    if (name !== undefined && name !== '' && !companions.has(name) && isTracking(name, value)) removed.push(name);
    else kept.push(seg);
  }
  if (!removed.length) return undefined;

  // The first kept parameter takes the place right after `?`; the others keep the separator before them.
  const rebuilt = kept.map((s, i) => (i === 0 ? '' : s.separator) + s.text).join('');
  const url = beforeHash.slice(0, q) + (rebuilt ? `?${rebuilt}` : '') + fragment;
  return { url, removed };
}

/** Where the `#fragment` starts; in HTML the `#` of a numeric entity (`&#38;`) doesn't count. */
function fragmentStart(raw: string, html: boolean): number {
  for (let i = raw.indexOf('#'); i >= 0; i = raw.indexOf('#', i + 1)) {
    if (!(html && raw[i - 1] === '&' && /^#(?:\d+|x[0-9a-f]+);/i.test(raw.slice(i, i + 12)))) return i;
  }
  return -1;
}

interface Segment {
  /** The separator written before this parameter ('' for the first). */
  separator: string;
  text: string;
}

function splitQuery(query: string, html: boolean): Segment[] {
  const out: Segment[] = [];
  let separator = '';
  let start = 0;
  for (let i = 0; i < query.length; i++) {
    if (query[i] !== '&') continue;
    const entity = html ? /^&(?:amp;|#0*38;|#x0*26;)/i.exec(query.slice(i, i + 10)) : null;
    const sep = entity ? entity[0] : '&';
    out.push({ separator, text: query.slice(start, i) });
    separator = sep;
    start = i + sep.length;
    i = start - 1;
  }
  out.push({ separator, text: query.slice(start) });
  return out;
}

/** Name or value as the server will read it: markdown escapes, HTML entities and %XX undone. Undefined when undecodable. */
function decodePart(part: string, html: boolean): string | undefined {
  if (!/[\\&%+]/.test(part)) return part;
  let s = part.replace(/\\([!-\/:-@[-`{-~])/g, '$1');
  if (html) s = s.replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (m, hex: string, dec: string) => safeChar(hex ? parseInt(hex, 16) : parseInt(dec, 10)) ?? m);
  s = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function safeChar(code: number): string | undefined {
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
}

/** The lower-cased host of an authority (`user@host:port`), or undefined when it isn't a plain host. */
export function hostOf(authority: string): string | undefined {
  // A post links to a handful of sites, and several rules ask for each: remember recent answers
  // (the Unicode host pattern is the costly part). Bounded, so a huge post can't grow it forever.
  if (hosts.has(authority)) return hosts.get(authority);
  const host = parseHost(authority);
  hosts.set(authority, host);
  return host;
}

const MAX_REMEMBERED_HOSTS = 2_000;
const hosts = new BoundedMap<string, string | undefined>(MAX_REMEMBERED_HOSTS);

function parseHost(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  let host = authority.slice(at + 1);
  if (!host.startsWith('[')) host = host.replace(/:\d*$/, '');
  else host = host.replace(/\]:\d*$/, ']');
  host = host.toLowerCase();
  if (!host || !HOST.test(host)) return undefined;
  return host.endsWith('.') ? host.slice(0, -1) : host;
}
