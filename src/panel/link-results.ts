import { linkFindingsToDiagnostics, linkReplacementEdit, placeLinkResults, postLinkTargets } from '../core/linkcheck';
import type { LinkCheckResult, LinkStatus, PostLinkResult } from '../core/linkcheck/types';
import type { Diagnostic, LinkRef, Report, TextEdit } from '../core/types';
import type { LinkCheckOutcome } from './connection';
import { originPattern, webOrigin } from '../protocol/origins';

/**
 * The panel's side of "Check links": which addresses to send (never the draft), which site
 * permissions to ask for, and how results checked in the background are placed back on the
 * current post — which may have changed meanwhile, so results are looked up by address.
 */

/** What the panel knows about an address: a result, or that its site wasn't granted. */
export type KnownLink = { result: LinkCheckResult } | { notAllowed: string };

/** The distinct addresses of the post the background should check (in-post `#anchors` are checked here). */
export function addressesToCheck(report: Pick<Report, 'links'>): string[] {
  return [...new Set(postLinkTargets(report).filter((t) => !t.trim().startsWith('#')))];
}

/** Host-permission patterns for the web addresses among `urls` (relative ones against the base). */
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
  byRange: Map<string, { status: RowStatus; result?: PostLinkResult; fix?: { label: string; edits: TextEdit[] }; origin?: string }>;
  diagnostics: Diagnostic[];
}

export const rangeKey = (link: Pick<LinkRef, 'urlStart' | 'urlEnd'>) => `${link.urlStart}:${link.urlEnd}`;

/** Places what is known on the post's links; nothing is placed before the first check. */
export function placeKnownLinks(report: Pick<Report, 'links' | 'headings'>, text: string, known: ReadonlyMap<string, KnownLink>): PlacedLinks {
  const byRange: PlacedLinks['byRange'] = new Map();
  if (known.size === 0) return { byRange, diagnostics: [] };
  const placed = placeLinkResults(report, (target) => {
    const k = known.get(target);
    return k && 'result' in k ? k.result : undefined;
  });
  const diagnostics = linkFindingsToDiagnostics(text, placed.diagnostics);
  for (const r of placed.results) {
    // A link's own button offers the checker's change, a fix or a suggestion alike: one link, chosen by the editor.
    const change = diagnostics.filter((d) => d.start === r.urlStart && d.end === r.urlEnd).map((d) => d.fix ?? d.suggestions?.[0]).find((c) => c !== undefined);
    byRange.set(rangeKey(r), { status: r.status, result: r, fix: change ? { label: change.description, edits: change.edits } : followedFix(report.links, r) });
  }
  // Links on sites the user didn't grant: marked, so the editor sees which weren't checked.
  for (const link of report.links) {
    const key = rangeKey(link);
    if (link.urlStart === link.urlEnd || byRange.has(key)) continue;
    const k = known.get(linkAddress(link));
    if (k && 'notAllowed' in k) byRange.set(key, { status: 'not-checked', origin: k.notAllowed });
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
function followedFix(links: readonly LinkRef[], r: PostLinkResult): { label: string; edits: TextEdit[] } | undefined {
  if (r.status !== 'redirected' || r.permanent !== undefined || !r.finalUrl || r.finalUrl === r.url) return undefined;
  const link = links.find((l) => l.urlStart === r.urlStart && l.urlEnd === r.urlEnd);
  if (!link) return undefined;
  const edit = linkReplacementEdit(link, r.finalUrl);
  return edit && { label: `Use ${r.finalUrl}`, edits: [edit] };
}

/** The report shown: the analysis plus the link-check findings, counted in the totals. */
export { withDiagnostics as withLinkDiagnostics } from '../core/report';

const SKIPPED: Record<string, string> = {
  mailto: 'email link',
  tel: 'phone link',
  'relative-without-base': 'relative link (set the site base URL in the options)',
  'unsupported-scheme': 'not a web address',
  empty: 'empty link',
  'invalid-url': 'not a valid address',
};

/** Words for the row's status, e.g. "Broken (404)". */
export function statusLabel(s: { status: RowStatus; result?: LinkCheckResult; origin?: string }): string {
  const http = s.result?.httpStatus ? ` (${s.result.httpStatus})` : '';
  switch (s.status) {
    case 'ok':
      return 'OK';
    case 'redirected':
      return `Redirects to ${s.result?.finalUrl ?? 'another address'}`;
    case 'broken':
      return `Broken${http}`;
    case 'server-error':
      return `Server error${http}`;
    case 'timeout':
      return 'Timed out';
    case 'unreachable':
      return 'Unreachable';
    case 'skipped':
      return `Not checked: ${SKIPPED[s.result?.skipReason ?? ''] ?? 'not a web address'}`;
    case 'not-checked':
      return `Not checked: no permission for ${s.origin ?? 'this site'}`;
  }
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

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * One line for the editor: how every address came out (the numbers add up to the total), and
 * which sites were left out and how to include them.
 */
export function outcomeSummary(outcome: LinkCheckOutcome): string {
  const c = outcomeCounts(outcome);
  const parts = [
    c.ok && `${c.ok} OK`,
    c.redirected && `${c.redirected} redirected`,
    c.broken && `${c.broken} broken`,
    c.serverError && n(c.serverError, 'server error'),
    c.notAnswering && `${c.notAnswering} not answering`,
    c.skipped && `${n(c.skipped, 'not a web address', 'not web addresses')} (email, phone…)`,
    c.notAllowed && `${c.notAllowed} not checked (no permission)`,
  ].filter(Boolean);
  let text = `Links: ${n(c.total, 'address', 'addresses')} — ${parts.join(', ')}.`;
  if (c.remembered) text += ` ${c.remembered} of them remembered from an earlier check.`;
  if (outcome.notAllowed.length) {
    const hosts = outcome.notAllowed.map((o) => new URL(o).host).join(', ');
    text += ` Not checked: links to ${hosts}, because permission to visit ${outcome.notAllowed.length === 1 ? 'that site' : 'those sites'} was not given. Click "Check links" again and allow it to check them.`;
  }
  return text;
}

/** Said instead of the summary when nothing could be reached. */
export function unreachableSummary(outcome: LinkCheckOutcome): string {
  const visited = outcome.results.filter((r): r is LinkCheckResult => r !== null && r.status !== 'skipped');
  const sites = new Set(visited.map((r) => siteOf(r.key ?? r.url))).size;
  const remembered = visited.some((r) => r.fromCache);
  return (
    `No link could be reached — are you offline? None of the ${n(visited.length, 'address', 'addresses')} on ${n(sites, 'site')} answered, so none is marked broken. Check links again once you are connected.` +
    (remembered ? ' (Some of these answers were remembered from a check less than a minute ago: wait a minute before checking again.)' : '')
  );
}
