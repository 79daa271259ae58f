import type { LinkRef } from '../types';

/**
 * One entry per place a URL is written. A reference usage carries its definition's URL range,
 * so the usages and the definition collapse into one site (one finding, one fix); the
 * definition is kept as the representative since that is where the URL is.
 */
export function urlSites(links: readonly LinkRef[]): LinkRef[] {
  // Several rules ask for the same parse's sites: compute them once per links array.
  const known = sitesCache.get(links);
  if (known) return known;
  const byRange = new Map<string, LinkRef>();
  for (const l of links) {
    if (l.urlEnd <= l.urlStart && l.url !== '') continue; // an unresolved reference: no URL written
    const key = `${l.urlStart}:${l.urlEnd}`;
    const seen = byRange.get(key);
    if (!seen || (l.kind === 'definition' && seen.kind !== 'definition')) byRange.set(key, l);
  }
  const sites = [...byRange.values()].sort((a, b) => a.urlStart - b.urlStart);
  sitesCache.set(links, sites);
  return sites;
}

const sitesCache = new WeakMap<readonly LinkRef[], LinkRef[]>();

/**
 * Whether `&amp;`-style entities in the URL are decoded before it is used: in HTML attributes and
 * (per CommonMark) in markdown link destinations and definitions — but not in `<autolinks>` or
 * bare URLs, where `&amp;` stays literal.
 */
export function decodesEntities(link: LinkRef): boolean {
  return link.kind !== 'autolink' && link.kind !== 'bare';
}

export function isImage(link: LinkRef): boolean {
  return link.kind === 'image' || link.kind === 'html-image';
}

/** Has a scheme (`https:`, `mailto:`…) — per RFC 3986 a letter then letters, digits, `+`, `-`, `.`. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Shortens a URL for a message without cutting it mid-way silently. */
export function shortUrl(url: string, max = 80): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}

/**
 * A bare URL (GFM autolink literal) ends before trailing punctuation and before an entity-like
 * `&name;`: a bare link rewritten to end so would silently give its tail to the prose around it.
 * Such a rewrite gets no automatic fix.
 */
export function bareLinkLosesTail(url: string): boolean {
  return /[?!.,:*_~'"]$|&[a-z0-9]+;$/i.test(url) || count(url, '(') < count(url, ')');
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}
