import { cleanUrl, type CleanUrlOptions } from '../links/clean-url';
import { frontmatterUrls } from '../links/frontmatter-urls';
import { decodesEntities, urlSites } from '../links/link-sites';
import type { Finding, Rule } from '../types';

/** Links (and frontmatter URLs) carrying click-tracking parameters; the fix removes only those. */
const rule: Rule = {
  id: 'tracking-params',
  description: 'Links carry no click-tracking parameters (utm_*, gclid, fbclid, YouTube si…).',
  defaultSeverity: 'warning',
  check({ links, frontmatter, text, options }) {
    const findings: Finding[] = [];
    const extra = options.extraTrackingParams;
    const keep = options.keepTrackingParams ?? [];
    const report = (start: number, end: number, url: string, where: string, cleaned: { url: string; removed: string[] }, byHand?: string) => {
      const names = [...new Set(cleaned.removed)];
      const list = names.map((n) => `“${n}”`).join(', ');
      const them = names.length > 1 ? 'them' : 'it';
      findings.push({
        start,
        end,
        message:
          `${where} carries tracking ${names.length > 1 ? 'parameters' : 'parameter'} ${list}. They only tell the other site where the click came from; readers don't need them. ` +
          (byHand === undefined ? `Remove ${them} (the fix keeps the rest of the address as it is).` : `Remove ${them} by hand: ${byHand}`),
        ...(byHand === undefined ? { fix: { description: `Remove ${names.join(', ')} from the link`, edits: [{ start, end, text: cleaned.url }] } } : {}),
        data: { url, cleanUrl: cleaned.url, removed: names },
      });
    };
    for (const link of urlSites(links)) {
      const cleaned = cleanSite(link.url, link.kind, { extra, keep, htmlEntities: decodesEntities(link) });
      if (!cleaned) continue;
      const where = link.kind === 'definition' ? 'This link definition' : link.kind.includes('image') ? 'This image address' : 'This link';
      const byHand = link.kind === 'bare' && losesTail(cleaned.url) ? `the address would then end in punctuation that the bare link would lose, so write it as a [link](${cleaned.url}).` : undefined;
      report(link.urlStart, link.urlEnd, link.url, where, cleaned, byHand);
    }
    for (const f of frontmatterUrls(frontmatter, text)) {
      const cleaned = cleanUrl(f.url, { extra, keep });
      if (!cleaned) continue;
      const byHand = breaksPlainScalar(f.style, cleaned.url) ? `without quotes, an address ending in “:” is no longer one YAML value (the colon would start a new key), so also put it in quotes: "${cleaned.url}".` : undefined;
      report(f.start, f.end, f.url, `The frontmatter field “${f.path}”`, cleaned, byHand);
    }
    return findings;
  },
};
export default rule;

/**
 * A bare URL (GFM autolink literal) ends before trailing punctuation and before an entity-like
 * `&name;`: if the cleaned URL ended so, the text around it would silently become part of the
 * prose and the link would change. Such a link is reported without an automatic fix.
 */
function losesTail(url: string): boolean {
  return /[?!.,:*_~'"]$|&[a-z0-9]+;$/i.test(url) || count(url, '(') < count(url, ')');
}

/**
 * An unquoted YAML value may not end in `:` (before the line end, a space or a flow `,]}` the
 * colon marks a key): `url: https://a.test?x=:` is a nested mapping, an error. Removing the
 * parameters after such a colon would break the whole frontmatter, so that URL gets no fix.
 * Nothing else can go wrong: the cleaned URL has no whitespace and starts as the original did.
 */
function breaksPlainScalar(style: string, url: string): boolean {
  return style === 'PLAIN' && url.endsWith(':');
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/** A bare `www.` link (GFM autolink literal) is read as http://www…: clean it as such, keep it scheme-less. */
function cleanSite(url: string, kind: string, opts: CleanUrlOptions) {
  if (kind === 'bare' && /^www\./i.test(url)) {
    const cleaned = cleanUrl(`http://${url}`, opts);
    return cleaned && { ...cleaned, url: cleaned.url.slice('http://'.length) };
  }
  return cleanUrl(url, opts);
}
