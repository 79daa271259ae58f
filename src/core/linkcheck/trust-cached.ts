import { moves } from './check-url';
import { isInternalHost, isInternalUrl } from './internal-address';
import type { LinkCheckResult, LinkStatus, RedirectHop } from './types';

const STATUSES: ReadonlySet<string> = new Set<LinkStatus>(['ok', 'redirected', 'broken', 'server-error', 'timeout', 'unreachable', 'skipped']);

/**
 * A cached result as far as it can be believed, or undefined (then the URL is checked again).
 * A cache may be a file anyone could have written, so nothing in it is taken on trust that
 * could change the post: the shape is checked field by field, the redirect chain must start at
 * `key` and link up hop by hop over http(s), a public link's chain must not enter the local
 * network, and what a fix would write (`replacementUrl`, with `finalUrl`, `permanent`,
 * `httpsUpgrade`) is derived again from the chain exactly as for a fresh result, never read.
 */
export function trustCached(key: string, value: unknown): LinkCheckResult | undefined {
  if (!isRecord(value)) return undefined;
  const { status, redirects, requests } = value;
  if (typeof status !== 'string' || !STATUSES.has(status) || status === 'skipped') return undefined;
  if (!Array.isArray(redirects) || !redirects.every(isHop) || (requests !== undefined && typeof requests !== 'number')) return undefined;
  const hops = redirects as RedirectHop[];
  for (const [i, hop] of hops.entries()) {
    const from = i === 0 ? key : withoutFragment(hops[i - 1]!.location);
    if (hop.url !== from || !isWebUrl(hop.location)) return undefined;
  }
  const result: LinkCheckResult = { url: key, key, status: status as LinkStatus, redirects: hops.map((h) => ({ url: h.url, status: h.status, location: h.location })), requests: 0 };
  if (typeof value.httpStatus === 'number') result.httpStatus = value.httpStatus;
  if (value.method === 'HEAD' || value.method === 'GET') result.method = value.method;
  if (typeof value.detail === 'string' && value.detail.length <= 500) result.detail = value.detail;
  for (const flag of ['loop', 'tooManyRedirects'] as const) if (value[flag] === true) result[flag] = true;
  const entersLocalNetwork = !isInternalUrl(key) && hops.some((h) => isInternalHost(hostname(h.location)));
  if (entersLocalNetwork || value.internalRedirect === true) {
    // Kept only as the refusal it must be: no final address, nothing to replace.
    return { ...result, status: 'broken', internalRedirect: true };
  }
  Object.assign(result, moves(key, hops));
  if (result.status !== 'redirected') delete result.replacementUrl;
  return result;
}

function isHop(h: unknown): h is RedirectHop {
  return isRecord(h) && typeof h.url === 'string' && typeof h.location === 'string' && typeof h.status === 'number' && Number.isInteger(h.status);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function hostname(url: string): string {
  return new URL(url).hostname;
}

function withoutFragment(url: string): string {
  return url.replace(/#.*$/s, '');
}
