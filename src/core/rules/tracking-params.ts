import { cleanUrl } from '../links/clean-url';
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
    const report = (start: number, end: number, url: string, where: string, cleaned: { url: string; removed: string[] }, fixable = true) => {
      const names = [...new Set(cleaned.removed)];
      const list = names.map((n) => `“${n}”`).join(', ');
      const them = names.length > 1 ? 'them' : 'it';
      findings.push({
        start,
        end,
        message:
          `${where} carries tracking ${names.length > 1 ? 'parameters' : 'parameter'} ${list}. They only tell the other site where the click came from; readers don't need them. ` +
          (fixable ? `Remove ${them} (the fix keeps the rest of the address as it is).` : `Remove ${them} by hand: the address would then end in punctuation that the bare link would lose, so write it as a [link](${cleaned.url}).`),
        ...(fixable ? { fix: { description: `Remove ${names.join(', ')} from the link`, edits: [{ start, end, text: cleaned.url }] } } : {}),
        data: { url, cleanUrl: cleaned.url, removed: names },
      });
    };
    for (const link of urlSites(links)) {
      const cleaned = cleanSite(link.url, link.kind, extra, decodesEntities(link));
      if (!cleaned) continue;
      const where = link.kind === 'definition' ? 'This link definition' : link.kind.includes('image') ? 'This image address' : 'This link';
      report(link.urlStart, link.urlEnd, link.url, where, cleaned, link.kind !== 'bare' || !losesTail(cleaned.url));
    }
    for (const f of frontmatterUrls(frontmatter, text)) {
      const cleaned = cleanUrl(f.url, { extra });
      if (cleaned) report(f.start, f.end, f.url, `The frontmatter field “${f.path}”`, cleaned);
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

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/** A bare `www.` link (GFM autolink literal) is read as http://www…: clean it as such, keep it scheme-less. */
function cleanSite(url: string, kind: string, extra: readonly string[], htmlEntities: boolean) {
  if (kind === 'bare' && /^www\./i.test(url)) {
    const cleaned = cleanUrl(`http://${url}`, { extra, htmlEntities });
    return cleaned && { ...cleaned, url: cleaned.url.slice('http://'.length) };
  }
  return cleanUrl(url, { extra, htmlEntities });
}
