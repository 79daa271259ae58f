import { cleanUrl, type CleanUrlOptions } from '../links/clean-url';
import { breaksPlainScalar, frontmatterUrls } from '../links/frontmatter-urls';
import { bareLinkLosesTail, decodesEntities, urlSites } from '../links/link-sites';
import { unwrapRedirect } from '../links/unwrap-redirect';
import { urlEdit } from '../links/url-edit';
import type { Finding, Rule, TextEdit } from '../types';

/** Links (and frontmatter URLs) carrying click-tracking parameters; the fix removes only those. */
const rule: Rule = {
  id: 'tracking-params',
  meta: { type: 'suggestion', fixable: true, docs: { description: 'Links carry no click-tracking parameters (utm_*, gclid, fbclid, YouTube si…).', anchor: 'rule-tracking-params' } },
  defaultSeverity: 'warning',
  check({ links, frontmatter, text, options }) {
    const findings: Finding[] = [];
    const extra = options.extraTrackingParams;
    const keep = options.keepTrackingParams ?? [];
    const report = (start: number, end: number, url: string, where: string, cleaned: { url: string; removed: string[] }, byHand?: string, edit: TextEdit = { start, end, text: cleaned.url }) => {
      const names = [...new Set(cleaned.removed)];
      const list = names.map((n) => `“${n}”`).join(', ');
      const them = names.length > 1 ? 'them' : 'it';
      findings.push({
        start,
        end,
        message:
          `${where} carries tracking ${names.length > 1 ? 'parameters' : 'parameter'} ${list}. They only tell the other site where the click came from; readers don't need them. ` +
          (byHand === undefined ? `Remove ${them} (the fix keeps the rest of the address as it is).` : `Remove ${them} by hand: ${byHand}`),
        ...(byHand === undefined ? { fix: { description: `Remove ${names.join(', ')} from the link`, edits: [edit] } } : {}),
        data: { url, cleanUrl: cleaned.url, removed: names },
      });
    };
    for (const link of urlSites(links)) {
      // A redirect wrapper is redirect-wrapper's: its fix links to the target, cleaned too.
      if (unwrapRedirect(link.url, { htmlEntities: decodesEntities(link) })) continue;
      const cleaned = cleanSite(link.url, link.kind, { extra, keep, htmlEntities: decodesEntities(link) });
      if (!cleaned) continue;
      const what = link.kind === 'definition' ? 'This link definition' : link.kind.includes('image') ? 'This image address' : link.element ? 'This embedded widget’s address' : 'This link';
      const where = link.field ? `${what} in the frontmatter field “${link.field.path}”` : what;
      const edit = urlEdit(text, frontmatter, link, cleaned.url);
      const byHand =
        link.kind === 'bare' && bareLinkLosesTail(cleaned.url)
          ? `the address would then end in punctuation that the bare link would lose, so write it as a [link](${cleaned.url}).`
          : !edit
            ? `this field's value can't be rewritten here without risking its YAML, so change the address to ${cleaned.url} in the field.`
            : undefined;
      report(link.urlStart, link.urlEnd, link.url, where, cleaned, byHand, edit);
    }
    for (const f of frontmatterUrls(frontmatter, text)) {
      if (unwrapRedirect(f.url)) continue;
      const cleaned = cleanUrl(f.url, { extra, keep });
      if (!cleaned) continue;
      const byHand = breaksPlainScalar(f.style, cleaned.url) ? `without quotes, an address ending in “:” is no longer one YAML value (the colon would start a new key), so also put it in quotes: "${cleaned.url}".` : undefined;
      report(f.start, f.end, f.url, `The frontmatter field “${f.path}”`, cleaned, byHand);
    }
    return findings;
  },
};
export default rule;

/** A bare `www.` link (GFM autolink literal) is read as http://www…: clean it as such, keep it scheme-less. */
function cleanSite(url: string, kind: string, opts: CleanUrlOptions) {
  if (kind === 'bare' && /^www\./i.test(url)) {
    const cleaned = cleanUrl(`http://${url}`, opts);
    return cleaned && { ...cleaned, url: cleaned.url.slice('http://'.length) };
  }
  return cleanUrl(url, opts);
}
