import { linkFindingsToDiagnostics, linkReplacementEdit, placeLinkResults, postLinkTargets } from '../core/linkcheck';
import type { LinkCheckResult, LinkStatus, PostLinkResult } from '../core/linkcheck/types';
import type { Diagnostic, LinkRef, Report, TextEdit } from '../core/types';
import type { LinkCheckOutcome } from './connection';
import { originPattern } from '../options/settings';
import { webOrigin } from '../background/link-check';

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

/** One line for the editor: what was found, and which sites were left out and how to include them. */
export function outcomeSummary(outcome: LinkCheckOutcome): string {
  const checked = outcome.results.filter((r) => r !== null);
  const count = (s: string) => checked.filter((r) => r!.status === s).length;
  const remembered = checked.filter((r) => r!.fromCache).length;
  const parts = [`${checked.length} checked${remembered ? ` (${remembered} remembered from an earlier check)` : ''}`, `${count('broken')} broken`, `${count('redirected')} redirected`];
  const trouble = count('server-error') + count('timeout') + count('unreachable');
  if (trouble) parts.push(`${trouble} not answering`);
  let text = `Links: ${parts.join(', ')}.`;
  if (outcome.notAllowed.length) {
    const hosts = outcome.notAllowed.map((o) => new URL(o).host).join(', ');
    text += ` Not checked: links to ${hosts}, because permission to visit ${outcome.notAllowed.length === 1 ? 'that site' : 'those sites'} was not given. Click "Check links" again and allow it to check them.`;
  }
  return text;
}
