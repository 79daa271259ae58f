import { cleanUrl } from '../links/clean-url';
import { breaksPlainScalar, frontmatterUrls, type FrontmatterUrl } from '../links/frontmatter-urls';
import { bareLinkLosesTail, decodesEntities, shortUrl, urlSites } from '../links/link-sites';
import { unwrapRedirect } from '../links/unwrap-redirect';
import { encodeForField, urlEdit } from '../links/url-edit';
import { reflowingBareLinks } from '../links/bare-reflow';
import type { Finding, LinkRef, Rule, RuleContext, TextEdit } from '../types';
import { t, type Locale } from '../../i18n';

/**
 * Links copied out of mail, chat or a search page often still go through the site's redirect
 * page (google.com/url?q=…, Outlook Safe Links, l.facebook.com…). Readers take a detour that
 * records their click, may show a warning page, and breaks when the wrapper expires. The fix
 * links straight to the target, as the wrapper would have sent the reader, with its own encoding
 * and fragment kept and its tracking parameters removed: the same page, reached directly.
 */
const rule: Rule = {
  id: 'redirect-wrapper',
  meta: {
    type: 'suggestion',
    fixable: true,
    docs: { description: 'Links go straight to their page, not through a redirect wrapper pasted from mail or chat (Google, Outlook Safe Links, Facebook, LinkedIn, Slack…).', anchor: 'rule-redirect-wrapper' },
  },
  defaultSeverity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    const pending: Array<{ link: LinkRef; wrapper: string; target: string; edit: TextEdit | undefined }> = [];
    for (const link of urlSites(ctx.links)) {
      const found = unwrapRedirect(link.url, { htmlEntities: decodesEntities(link) });
      if (!found) continue;
      const target = cleaned(found.target, ctx);
      pending.push({ link, wrapper: found.wrapper, target, edit: linkEdit(ctx, link, target) });
    }
    // Bare links are decided per paragraph, all of its edits or none, as tracking-params does.
    for (const p of reflowingBareLinks(ctx.text, pending)) p.edit = undefined;
    for (const p of pending) findings.push(finding(ctx.options.locale, p.link.urlStart, p.link.urlEnd, p.link.url, p.wrapper, p.target, p.edit));
    for (const f of frontmatterUrls(ctx.frontmatter, ctx.text)) {
      const found = unwrapRedirect(f.url);
      if (!found) continue;
      const target = cleaned(found.target, ctx);
      findings.push(finding(ctx.options.locale, f.start, f.end, f.url, found.wrapper, target, fieldEdit(f, target), f.path));
    }
    return findings;
  },
};
export default rule;

function cleaned(target: string, ctx: RuleContext): string {
  return cleanUrl(target, { extra: ctx.options.extraTrackingParams, keep: ctx.options.keepTrackingParams ?? [] })?.url ?? target;
}

function finding(locale: Locale | undefined, start: number, end: number, url: string, wrapper: string, target: string, edit: TextEdit | undefined, field?: string): Finding {
  const where = field ? t(locale, 'ruleWhereField', { field }) : t(locale, 'ruleWhereLink');
  const change = edit ? t(locale, 'ruleRedirectChangeFix') : t(locale, 'ruleRedirectChangeByHand', { target });
  return {
    start,
    end,
    message: t(locale, 'ruleRedirectWrapper', { where, wrapper, target: shortUrl(target), change }),
    ...(edit && { fix: { description: t(locale, 'ruleRedirectFix', { target: shortUrl(target) }), edits: [edit] } }),
    data: { url, target, wrapper },
  };
}

/** The target written where the wrapper was, in that place's syntax; none when it can't be written there as is. */
function linkEdit(ctx: RuleContext, link: LinkRef, target: string): TextEdit | undefined {
  if (link.field) return urlEdit(ctx.text, ctx.frontmatter, link, target);
  let written = target;
  switch (link.kind) {
    case 'bare':
      // A bare address holding markup characters ran into the text after it ('…?u=x>Read more'):
      // what the page shows as its end would go with it.
      if (/[\s<>]/.test(target) || /[<>"'`]/.test(link.url) || bareLinkLosesTail(target)) return undefined;
      break;
    case 'autolink':
      if (/[\s<>]/.test(target)) return undefined;
      break;
    case 'html':
    case 'html-image':
      if (/[\s"'<>]/.test(target)) return undefined;
      // Written like its neighbours: an attribute that escaped & as &amp; keeps doing so.
      if (link.url.includes('&amp;')) written = target.replace(/&/g, '&amp;');
      break;
    default: {
      // A markdown destination: no spaces or angle brackets, parentheses balanced, and in <…> only if it was.
      if (/[\s<>\\]/.test(target) || !balancedParens(target)) return undefined;
    }
  }
  return { start: link.urlStart, end: link.urlEnd, text: written };
}

function fieldEdit(f: FrontmatterUrl, target: string): TextEdit | undefined {
  if (breaksPlainScalar(f.style, target)) return undefined;
  // A control character (decoded from "%01") can't stand in a TOML or JSON string, nor plainly in YAML: left to the author.
  if (/[\u0000-\u001f\u007f]/.test(target)) return undefined;
  const text = encodeForField(f, target);
  return text === undefined ? undefined : { start: f.start, end: f.end, text };
}

/** Parentheses that close only what opened before them ("a)(b" counts even, yet ends the destination early). */
function balancedParens(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
