import { linkFindingsToDiagnostics, linkReplacementEdit, placeLinkResults, postLinkTargets } from '../core/linkcheck';
import type { LinkCheckResult, LinkStatus, PostLinkResult } from '../core/linkcheck/types';
import type { Diagnostic, LinkRef, Report, TextEdit } from '../core/types';
import type { LinkCheckOutcome } from './connection';
import { originPattern, webOrigin } from '../protocol/origins';
import { t, type Key, type Locale } from '../i18n';
import { linkDetail } from '../core/linkcheck/detail-words';
import { isInternalUrl } from '../core/linkcheck/internal-address';

/**
 * The panel's side of "Check links": which addresses to send (never the draft), which site
 * permissions to ask for, and how results checked in the background are placed back on the
 * current post — which may have changed meanwhile, so results are looked up by address.
 */

/** What the panel knows about an address: a result, or that its site wasn't granted. */
/** A link's result, the site the browser holds no permission for, or the local site that waits for a click (autoCheckPlan). */
export type KnownLink = { result: LinkCheckResult } | { notAllowed: string } | { waitsForClick: string };

/** The distinct addresses of the post the background should check (in-post `#anchors` are checked here). */
export function addressesToCheck(report: Pick<Report, 'links'>): string[] {
  return [...new Set(postLinkTargets(report).filter((t) => !t.trim().startsWith('#')))];
}

/** Host-permission patterns for the web addresses among `urls` (relative ones against the base). */
/**
 * What an automatic check does with the post's new links: visits web addresses, except those on
 * this machine or its local network (localhost, 127.0.0.1, 192.168.x, *.local…) on a site the
 * author has not checked by a click in this panel: those wait for "Check links" (`waiting`, by
 * host). The extension holds localhost access for the local editors it runs in, so the browser
 * would never ask, and a draft must not make the browser call local services while the author
 * types. The click is the consent.
 */
export function autoCheckPlan(urls: readonly string[], baseUrl: string | undefined, known: ReadonlyMap<string, unknown>, consented: ReadonlySet<string>): { visit: string[]; waiting: [url: string, host: string][] } {
  const visit: string[] = [];
  const waiting: [string, string][] = [];
  for (const url of urls) {
    const origin = webOrigin(url, baseUrl);
    if (!origin || known.has(url)) continue;
    if (!isInternalUrl(origin) || consented.has(origin)) visit.push(url);
    else waiting.push([url, new URL(origin).host]);
  }
  return { visit, waiting };
}

/** The local-network sites among `urls` (the ones a click on "Check links" consents to). */
export function localOrigins(urls: readonly string[], baseUrl: string | undefined): string[] {
  return [...new Set(urls.flatMap((url) => {
    const origin = webOrigin(url, baseUrl);
    return origin && isInternalUrl(origin) ? [origin] : [];
  }))];
}

export function permissionPatterns(urls: readonly string[], baseUrl?: string): string[] {
  const patterns = new Set<string>();
  for (const url of urls) {
    const origin = webOrigin(url, baseUrl);
    if (origin) patterns.add(originPattern(origin));
  }
  return [...patterns];
}

export type RowStatus = LinkStatus | 'not-checked';

export interface PlacedLinks {
  /** By URL range `start:end`: the status shown on each link row. */
  byRange: Map<string, { status: RowStatus; result?: PostLinkResult; fix?: { label: string; edits: TextEdit[] }; origin?: string; local?: boolean }>;
  diagnostics: Diagnostic[];
}

export const rangeKey = (link: Pick<LinkRef, 'urlStart' | 'urlEnd'>) => `${link.urlStart}:${link.urlEnd}`;

/** Places what is known on the post's links; nothing is placed before the first check. */
export function placeKnownLinks(report: Pick<Report, 'links' | 'headings'>, text: string, known: ReadonlyMap<string, KnownLink>, locale: Locale = 'en'): PlacedLinks {
  const byRange: PlacedLinks['byRange'] = new Map();
  if (known.size === 0) return { byRange, diagnostics: [] };
  const placed = placeLinkResults(report, (target) => {
    const k = known.get(target);
    return k && 'result' in k ? k.result : undefined;
  }, locale);
  const diagnostics = linkFindingsToDiagnostics(text, placed.diagnostics);
  for (const r of placed.results) {
    // A link's own button offers the checker's change, a fix or a suggestion alike: one link, chosen by the editor.
    const change = diagnostics.filter((d) => d.start === r.urlStart && d.end === r.urlEnd).map((d) => d.fix ?? d.suggestions?.[0]).find((c) => c !== undefined);
    byRange.set(rangeKey(r), { status: r.status, result: r, fix: change ? { label: change.description, edits: change.edits } : followedFix(report.links, r, locale) });
  }
  // Links on sites the user didn't grant: marked, so the editor sees which weren't checked.
  for (const link of report.links) {
    const key = rangeKey(link);
    if (link.urlStart === link.urlEnd || byRange.has(key)) continue;
    const k = known.get(linkAddress(link));
    if (k && 'notAllowed' in k) byRange.set(key, { status: 'not-checked', origin: k.notAllowed });
    if (k && 'waitsForClick' in k) byRange.set(key, { status: 'not-checked', origin: k.waitsForClick, local: true });
  }
  return { byRange, diagnostics };
}

function linkAddress(link: LinkRef): string {
  return postLinkTargets({ links: [link] })[0] ?? link.url;
}

/**
 * A browser's fetch follows redirects without saying whether they were permanent, so the
 * checker offers no automatic fix there (only https upgrades). The editor can still choose to
 * point the link at where it ends up: offered per link, never applied in bulk.
 */
function followedFix(links: readonly LinkRef[], r: PostLinkResult, locale: Locale): { label: string; edits: TextEdit[] } | undefined {
  if (r.status !== 'redirected' || r.permanent !== undefined || !r.finalUrl || r.finalUrl === r.url) return undefined;
  const link = links.find((l) => l.urlStart === r.urlStart && l.urlEnd === r.urlEnd);
  if (!link) return undefined;
  const edit = linkReplacementEdit(link, r.finalUrl);
  return edit && { label: t(locale, 'linkUse', { url: r.finalUrl }), edits: [edit] };
}

/** The report shown: the analysis plus the link-check findings, counted in the totals. */
export { withDiagnostics as withLinkDiagnostics } from '../core/report';

const SKIPPED: Record<string, Key> = {
  mailto: 'skipEmail',
  tel: 'skipPhone',
  'relative-without-base': 'skipRelative',
  'unsupported-scheme': 'skipNotWeb',
  empty: 'skipEmpty',
  'invalid-url': 'skipInvalid',
};

/** Words for the row's status, e.g. "Broken (404)". */
export function statusLabel(s: { status: RowStatus; result?: LinkCheckResult; origin?: string; local?: boolean }, locale: Locale = 'en'): string {
  const http = s.result?.httpStatus;
  switch (s.status) {
    case 'ok':
      return t(locale, 'statusOk');
    case 'redirected':
      return t(locale, 'statusRedirects', { url: s.result?.finalUrl ?? t(locale, 'linkAnotherAddress') });
    case 'broken':
      return http ? t(locale, 'statusBrokenHttp', { status: http }) : t(locale, 'statusBroken');
    case 'server-error':
      return http ? t(locale, 'statusServerErrorHttp', { status: http }) : t(locale, 'statusServerError');
    case 'timeout':
      return t(locale, 'statusTimedOut');
    case 'unreachable':
      return t(locale, 'statusUnreachable');
    case 'skipped':
      return t(locale, 'statusNotChecked', { why: t(locale, SKIPPED[s.result?.skipReason ?? ''] ?? 'skipNotWeb') });
    case 'not-checked':
      if (s.local) return t(locale, 'statusLocalWaits', { site: s.origin ?? t(locale, 'thisSite') });
      return t(locale, 'statusNoPermission', { site: s.origin ?? t(locale, 'thisSite') });
  }
}

/** The checker's detail for a row's tooltip, in `locale`. */
export function statusDetail(result: LinkCheckResult | undefined, locale: Locale = 'en'): string | undefined {
  return result?.detail ? linkDetail(locale, result.detail) : undefined;
}

/** What the panel knows after a run: each URL's result, or the site it lacked permission for. */
export function mergeOutcome(prev: ReadonlyMap<string, KnownLink>, urls: readonly string[], outcome: LinkCheckOutcome, baseUrl: string | undefined): Map<string, KnownLink> {
  const next = new Map(prev);
  urls.forEach((url, i) => {
    const result = outcome.results[i];
    if (result) return void next.set(url, { result });
    const origin = webOrigin(url, baseUrl);
    if (origin) next.set(url, { notAllowed: new URL(origin).host });
  });
  return next;
}

/** How the addresses of one run came out; every address is in exactly one of the counts before `remembered`. */
export interface OutcomeCounts {
  total: number;
  ok: number;
  redirected: number;
  broken: number;
  serverError: number;
  /** Timed out or unreachable. */
  notAnswering: number;
  /** Not web addresses (email, phone…) or not valid ones: nothing to visit. */
  skipped: number;
  /** On sites the browser gave no permission for. */
  notAllowed: number;
  /** Of the checked ones, answered from an earlier check. */
  remembered: number;
}

export function outcomeCounts(outcome: Pick<LinkCheckOutcome, 'results'>): OutcomeCounts {
  const c: OutcomeCounts = { total: outcome.results.length, ok: 0, redirected: 0, broken: 0, serverError: 0, notAnswering: 0, skipped: 0, notAllowed: 0, remembered: 0 };
  for (const r of outcome.results) {
    if (!r) {
      c.notAllowed++;
      continue;
    }
    if (r.fromCache) c.remembered++;
    if (r.status === 'ok') c.ok++;
    else if (r.status === 'redirected') c.redirected++;
    else if (r.status === 'broken') c.broken++;
    else if (r.status === 'server-error') c.serverError++;
    else if (r.status === 'timeout' || r.status === 'unreachable') c.notAnswering++;
    else c.skipped++;
  }
  return c;
}

/**
 * True when nothing that was visited answered, on more than one site (or the browser says it is
 * offline): the network is the problem, not the links, and 47 "unreachable" findings would
 * only bury the one thing to say.
 */
export function nothingReachable(outcome: Pick<LinkCheckOutcome, 'results'>, online = true): boolean {
  const visited = outcome.results.filter((r): r is LinkCheckResult => r !== null && r.status !== 'skipped');
  if (visited.length === 0 || !visited.every((r) => r.status === 'unreachable' || r.status === 'timeout')) return false;
  if (!online) return true;
  const sites = new Set(visited.map((r) => siteOf(r.key ?? r.url)));
  return sites.size >= 2;
}

const siteOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * One line for the editor: how every address came out (the numbers add up to the total), and
 * which sites were left out and how to include them.
 */
export function outcomeSummary(outcome: LinkCheckOutcome, locale: Locale = 'en'): string {
  const c = outcomeCounts(outcome);
  const parts = [
    c.ok && t(locale, 'sumOk', { count: c.ok }),
    c.redirected && t(locale, 'sumRedirected', { count: c.redirected }),
    c.broken && t(locale, 'sumBroken', { count: c.broken }),
    c.serverError && t(locale, 'sumServerError', { count: c.serverError }),
    c.notAnswering && t(locale, 'sumNotAnswering', { count: c.notAnswering }),
    c.skipped && t(locale, 'sumNotWeb', { count: c.skipped }),
    c.notAllowed && t(locale, 'sumNotAllowed', { count: c.notAllowed }),
  ].filter(Boolean);
  let text = t(locale, 'sumLinks', { count: c.total, parts: parts.join(t(locale, 'listSeparator')) });
  if (c.remembered) text += t(locale, 'sumRemembered', { count: c.remembered });
  if (outcome.notAllowed.length) {
    const hosts = outcome.notAllowed.map((o) => new URL(o).host).join(t(locale, 'listSeparator'));
    text += t(locale, 'sumNotAllowedSites', { hosts, count: outcome.notAllowed.length });
  }
  return text;
}

/** Said instead of the summary when nothing could be reached. */
export function unreachableSummary(outcome: LinkCheckOutcome, locale: Locale = 'en'): string {
  const visited = outcome.results.filter((r): r is LinkCheckResult => r !== null && r.status !== 'skipped');
  const sites = new Set(visited.map((r) => siteOf(r.key ?? r.url))).size;
  const remembered = visited.some((r) => r.fromCache);
  return t(locale, 'unreachableAll', { addresses: t(locale, 'countAddresses', { count: visited.length }), sites: t(locale, 'countSites', { count: sites }) }) + (remembered ? t(locale, 'unreachableRemembered') : '');
}
