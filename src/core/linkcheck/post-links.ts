import { fragmentCandidates, postAnchors } from '../links/anchors';
import type { Heading, LinkRef, Report, Severity, TextEdit } from '../types';
import { checkLinks } from './check-links';
import { isHttpsUpgrade } from './check-url';
import { writtenUrl } from '../links/url-edit';
import { linkTarget } from './link-target';
import type { CheckLinksOptions, LinkCheckFinding, LinkCheckResult, PostLinkCheck } from './types';
import { t, type Locale } from '../../i18n';
import { linkDetail } from './detail-words';

/** The checker's options and the language findings are worded in (English by default). */
export type CheckPostLinksOptions = CheckLinksOptions & { locale?: Locale };

/**
 * Checks the links of an analysed post and words the problems for the editor. A URL written in
 * one place (a reference definition and its usages) gets one finding, on the URL itself.
 * `#fragment` links are checked against the post's own headings, without the network.
 */
export async function checkPostLinks(report: Pick<Report, 'links' | 'headings'> & { body?: { text: string } }, options: CheckPostLinksOptions): Promise<PostLinkCheck> {
  const places = uniqueUrlPlaces(report.links);
  const checked = await checkLinks(
    places.map((l) => linkTarget(l)),
    options,
  );
  return placeLinkResults(report, (_target, i) => checked[i], options.locale);
}

/** The addresses `checkPostLinks` would check, one per URL range in the text, in text order. */
export function postLinkTargets(report: Pick<Report, 'links'>): string[] {
  return uniqueUrlPlaces(report.links).map((l) => linkTarget(l));
}

/**
 * Words results obtained elsewhere (the extension's background worker checks the URLs, the
 * panel places them) for the post's links. `lookup` gets each address of `postLinkTargets` and
 * its index; a link it has no result for is left out (not checked yet). Anchors are checked here.
 */
export function placeLinkResults(report: Pick<Report, 'links' | 'headings'> & { body?: { text: string } }, lookup: (target: string, index: number) => LinkCheckResult | undefined, locale: Locale = 'en'): PostLinkCheck {
  const places = uniqueUrlPlaces(report.links);
  // Headings (with their {#custom-id}s) and the post's HTML id/name attributes.
  const anchors = postAnchors(report.headings, report.body?.text);
  const diagnostics: LinkCheckFinding[] = [];
  const results: PostLinkCheck['results'] = [];
  places.forEach((link, i) => {
    const target = linkTarget(link);
    let finding: LinkCheckFinding | undefined;
    let result: LinkCheckResult | undefined;
    if (target.trim().startsWith('#')) {
      finding = anchorFinding(link, anchors, report.headings, locale);
      // An in-post anchor is checked, just not over the network: say whether it leads somewhere.
      result = { url: link.url, status: finding ? 'broken' : 'ok', redirects: [], requests: 0, detail: finding ? 'no heading in this post has this anchor' : undefined };
    } else {
      result = lookup(target, i);
      if (!result) return;
      finding = findingFor(link, result, locale);
    }
    if (finding) diagnostics.push(finding);
    results.push({ ...result, urlStart: link.urlStart, urlEnd: link.urlEnd });
  });
  return { results, diagnostics };
}

/** One entry per URL range in the text; usages without a definition (empty range) keep their own. */
function uniqueUrlPlaces(links: readonly LinkRef[]): LinkRef[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    if (l.urlStart === l.urlEnd) return false; // a reference to a missing definition: nothing written to check
    const at = `${l.urlStart}:${l.urlEnd}`;
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
}

function finding(link: LinkRef, severity: Severity, message: string, result: LinkCheckResult, extra: Partial<LinkCheckFinding> = {}): LinkCheckFinding {
  return {
    ruleId: 'link-check',
    severity,
    start: link.urlStart,
    end: link.urlEnd,
    message,
    data: { url: link.url, status: result.status, finalUrl: result.finalUrl, httpStatus: result.httpStatus },
    ...extra,
  };
}

function findingFor(link: LinkRef, r: LinkCheckResult, locale: Locale): LinkCheckFinding | undefined {
  const why = r.detail ? t(locale, 'linkWhy', { detail: linkDetail(locale, r.detail) }) : '';
  switch (r.status) {
    case 'ok':
      return undefined;
    case 'broken':
      if (r.internalRedirect) return finding(link, 'warning', t(locale, 'linkInternalRedirect', { why }), r);
      if (r.loop && r.redirects.length === 0) return finding(link, 'error', t(locale, 'linkLoopGaveUp'), r);
      if (r.loop) return finding(link, 'error', t(locale, 'linkLoop'), r);
      // Logins and bot shields answer 401/403 (LinkedIn 999) to a checker while people get the page: worth a look, not an error.
      if (r.httpStatus === 401 || r.httpStatus === 403 || r.httpStatus === 999) return finding(link, 'warning', t(locale, 'linkRefusedCheck', { why }), r);
      return finding(link, 'error', t(locale, 'linkBroken', { why }), r);
    case 'server-error':
      return finding(link, 'warning', t(locale, 'linkServerError', { why }), r);
    case 'timeout':
      return finding(link, 'warning', t(locale, 'linkTimeout', { why }), r);
    case 'unreachable':
      return finding(link, 'warning', t(locale, 'linkUnreachable', { why }), r);
    case 'redirected':
      return redirectFinding(link, r, locale);
    case 'skipped':
      if (r.skipReason === 'mailto' && r.emailValid === false) return finding(link, 'warning', t(locale, 'linkBadEmail'), r);
      if (r.skipReason === 'invalid-url') return finding(link, 'warning', t(locale, 'linkInvalidUrl'), r);
      return undefined;
  }
}

/**
 * A link the site sends, for good, to the very same address on https is fixed (`--fix`, meaning
 * kept). Any other move is offered as a suggestion: a moved page may now be a different one (a
 * home page, a login), so the author looks before the link changes.
 */
function redirectFinding(link: LinkRef, r: LinkCheckResult, locale: Locale): LinkCheckFinding {
  const target = r.replacementUrl ?? r.finalUrl ?? '';
  const edit = r.replacementUrl ? linkReplacementEdit(link, r.replacementUrl) : undefined;
  const change = edit ? { description: t(locale, 'linkUse', { url: r.replacementUrl! }), edits: [edit] } : undefined;
  const sameOnHttps = change !== undefined && isHttpsUpgrade(r.key ?? r.url, r.replacementUrl!);
  const fix = change ? (sameOnHttps ? { fix: change } : { suggestions: [change] }) : {};
  if (r.replacementUrl && r.httpsUpgrade && r.replacementUrl.startsWith('https:') && link.url.trim().startsWith('http:'))
    return finding(link, 'warning', t(locale, 'linkMovedHttps', { target }), r, fix);
  if (r.replacementUrl) return finding(link, 'warning', t(locale, 'linkMovedForGood', { target }), r, fix);
  if (r.httpsUpgrade) return finding(link, 'warning', t(locale, 'linkHttpsUpgrade', { target: r.finalUrl ?? t(locale, 'linkHttpsAddress') }), r);
  return finding(link, 'info', t(locale, 'linkTemporary', { target: r.finalUrl ?? t(locale, 'linkAnotherAddress') }), r);
}

/**
 * The edit that points `link` at `url`, written the way the link was (see `asWritten`); none for
 * a link in a frontmatter field whose quoting this can't reproduce (see `writtenUrl`).
 */
export function linkReplacementEdit(link: Pick<LinkRef, 'kind' | 'url' | 'urlStart' | 'urlEnd' | 'field'>, url: string): TextEdit | undefined {
  const text = writtenUrl(link as LinkRef, asWritten(link, url));
  return text === undefined ? undefined : { start: link.urlStart, end: link.urlEnd, text };
}

/** In HTML attributes an `&` written as `&amp;` stays that way, so the edit reads like its neighbours. */
function asWritten(link: Pick<LinkRef, 'kind' | 'url'>, url: string): string {
  const html = link.kind === 'html' || link.kind === 'html-image';
  if (html && link.url.includes('&amp;')) return url.replace(/&/g, '&amp;');
  // Markdown destinations can't hold a bare space or unbalanced angle bracket; URL.href has none.
  return url;
}

/** `#top` and a bare `#` scroll to the top in every browser; anything else must be a heading's anchor. */
function anchorFinding(link: LinkRef, anchors: ReadonlySet<string>, headings: readonly Heading[], locale: Locale): LinkCheckFinding | undefined {
  const candidates = fragmentCandidates(link.url);
  const anchor = candidates[candidates.length - 1]!;
  if (anchor === '' || anchor.toLowerCase() === 'top' || candidates.some((c) => anchors.has(c))) return undefined;
  const known = headings.slice(0, 5).map((h) => `#${h.slug}`).join(', ');
  const hint = known ? t(locale, 'linkAnchorHint', { list: `${known}${headings.length > 5 ? ', …' : ''}` }) : t(locale, 'linkNoHeadings');
  return {
    ruleId: 'link-check',
    severity: 'warning',
    start: link.urlStart,
    end: link.urlEnd,
    message: t(locale, 'linkNoAnchor', { anchor, hint }),
    data: { url: link.url, status: 'missing-anchor' },
  };
}
