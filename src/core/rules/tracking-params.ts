import { cleanUrl, type CleanUrlOptions } from '../links/clean-url';
import { breaksPlainScalar, frontmatterUrls } from '../links/frontmatter-urls';
import { reflowingBareLinks } from '../links/bare-reflow';
import { bareLinkLosesTail, decodesEntities, urlSites } from '../links/link-sites';
import { unwrapRedirect } from '../links/unwrap-redirect';
import { urlEdit } from '../links/url-edit';
import type { Finding, Rule, TextEdit } from '../types';
import { t, thenSentence } from '../../i18n';

/** Links (and frontmatter URLs) carrying click-tracking parameters; the fix removes only those. */
const rule: Rule = {
  id: 'tracking-params',
  meta: { type: 'suggestion', fixable: true, docs: { description: 'Links carry no click-tracking parameters (utm_*, gclid, fbclid, YouTube si…).', anchor: 'rule-tracking-params' } },
  defaultSeverity: 'warning',
  check({ links, frontmatter, text, options }) {
    const findings: Finding[] = [];
    const extra = options.extraTrackingParams;
    const keep = options.keepTrackingParams ?? [];
    const locale = options.locale;
    const report = (start: number, end: number, url: string, where: string, cleaned: { url: string; removed: string[] }, byHand?: string, edit: TextEdit = { start, end, text: cleaned.url }) => {
      const names = [...new Set(cleaned.removed)];
      const list = names.map((name) => t(locale, 'quotedName', { name })).join(t(locale, 'listSeparator'));
      const count = names.length > 1 ? 2 : 1;
      findings.push({
        start,
        end,
        message: thenSentence(t(locale, 'ruleTrackingParams', { where, list, count }), byHand === undefined ? t(locale, 'ruleTrackingRemove', { count }) : t(locale, 'ruleTrackingRemoveByHand', { reason: byHand, count })),
        ...(byHand === undefined ? { fix: { description: t(locale, 'ruleTrackingFix', { names: names.join(t(locale, 'listSeparator')) }), edits: [edit] } } : {}),
        data: { url, cleanUrl: cleaned.url, removed: names },
      });
    };
    const pending: Array<{ link: (typeof links)[number]; where: string; cleaned: { url: string; removed: string[] }; byHand?: string; edit?: TextEdit }> = [];
    for (const link of urlSites(links)) {
      // A redirect wrapper is redirect-wrapper's: its fix links to the target, cleaned too.
      if (unwrapRedirect(link.url, { htmlEntities: decodesEntities(link) })) continue;
      const cleaned = cleanSite(link.url, link.kind, { extra, keep, htmlEntities: decodesEntities(link) });
      if (!cleaned) continue;
      const what = t(locale, link.kind === 'definition' ? 'ruleWhereDefinition' : link.kind.includes('image') ? 'ruleWhereImage' : link.element ? 'ruleWhereWidget' : 'ruleWhereLink');
      const where = link.field ? t(locale, 'ruleWhereInField', { what, field: link.field.path }) : what;
      const edit = urlEdit(text, frontmatter, link, cleaned.url);
      const byHand =
        link.kind === 'bare' && /[<>"'`]/.test(link.url)
          ? t(locale, 'ruleTrackingBareMarkup', { url: cleaned.url })
          : link.kind === 'bare' && bareLinkLosesTail(cleaned.url)
          ? t(locale, 'ruleTrackingBareTail', { url: cleaned.url })
          : !edit
            ? t(locale, 'ruleTrackingFieldUnsafe', { url: cleaned.url })
            : undefined;
      pending.push({ link, where, cleaned, byHand, edit });
    }
    // Bare links in the body, decided per paragraph: all of its fixes, or none if together they
    // change how the paragraph reads (see bare-reflow.ts).
    for (const p of reflowingBareLinks(text, pending.filter((p) => p.byHand === undefined))) p.byHand = t(locale, 'ruleTrackingBareReflow', { url: p.cleaned.url });
    for (const p of pending) report(p.link.urlStart, p.link.urlEnd, p.link.url, p.where, p.cleaned, p.byHand, p.edit);
    for (const f of frontmatterUrls(frontmatter, text)) {
      if (unwrapRedirect(f.url)) continue;
      const cleaned = cleanUrl(f.url, { extra, keep });
      if (!cleaned) continue;
      const byHand = breaksPlainScalar(f.style, cleaned.url) ? t(locale, 'ruleTrackingYamlColon', { url: cleaned.url }) : undefined;
      report(f.start, f.end, f.url, t(locale, 'ruleWhereField', { field: f.path }), cleaned, byHand);
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
