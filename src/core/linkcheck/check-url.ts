import { hostOf } from './classify-url';
import { requestHeaders, type RequestContext, type RequestOutcome } from './request';
import { isInternalHost, isInternalIp, isInternalUrl } from './internal-address';
import { backoffDelay, headIsUnreliable, isRetryableStatus, parseRetryAfter, REFUSES_BOTS, retryWait } from './retry';
import type { Scheduler } from './scheduler';
import type { LinkCheckResult, LinkStatus, RedirectHop, RedirectMode } from './types';

export interface UrlCheckContext extends RequestContext {
  scheduler: Scheduler;
  maxRedirects: number;
  maxRetries: number;
  backoffMs: number;
  maxRetryAfterMs: number;
  redirectMode: RedirectMode;
}

/** What is known about one fetch key; `checkLinks` adds the link as written. */
export type KeyResult = Omit<LinkCheckResult, 'url' | 'key'>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

/** Checks one absolute URL (no fragment), following redirects hop by hop unless told to let fetch do it. */
export async function checkUrl(key: string, ctx: UrlCheckContext): Promise<KeyResult> {
  const slot = slotHolder(ctx);
  try {
    return await followChain(key, ctx, slot);
  } finally {
    slot.drop();
  }
}

interface SlotHolder {
  /** Makes sure a request slot for `host` is held (keeps the current one when it's the same host). */
  take(host: string): Promise<void>;
  drop(): void;
}

/**
 * A check keeps its slot from HEAD to the GET fallback and through redirects on the same host,
 * so a started check isn't overtaken by new ones; it lets go while waiting to retry.
 */
function slotHolder(ctx: UrlCheckContext): SlotHolder {
  let held: { host: string; release: () => void } | undefined;
  let started = false;
  return {
    async take(host) {
      if (held?.host === host) return;
      held?.release();
      held = undefined;
      // Urgent once started: redirect hops and retries go before links not yet begun.
      const release = await ctx.scheduler.acquire(host, ctx.signal, started);
      started = true;
      held = { host, release };
    },
    drop() {
      held?.release();
      held = undefined;
    },
  };
}

async function followChain(key: string, ctx: UrlCheckContext, slot: SlotHolder): Promise<KeyResult> {
  const redirects: RedirectHop[] = [];
  const seen = new Set([key]);
  let current = key;
  let follow = ctx.redirectMode === 'follow';
  let afterOpaqueRedirect = false;
  let requests = 0;
  // A link written to an internal address may redirect within it; a public one may not go there.
  let originInternal = isInternalUrl(key);
  for (;;) {
    const hop = current !== key;
    const answer = await requestWithRetries(current, follow, ctx, slot, { refuseInternal: hop && !originInternal, afterOpaqueRedirect });
    requests += answer.requests;
    const out = answer.outcome;
    const base = { redirects, requests, method: answer.method };
    const refused = (target: string) => ({ ...base, status: 'broken' as const, internalRedirect: true, httpStatus: out.kind === 'response' ? out.status : undefined, detail: `redirects to ${describeInternal(target)}, which is not followed` });
    if (out.kind === 'timeout') return { ...base, status: 'timeout', detail: `no answer within ${ctx.timeoutMs / 1000} s` };
    if (out.kind === 'network') {
      if (out.internalAddress) return refused(current);
      if (out.tooManyRedirects) return { ...base, status: 'broken', tooManyRedirects: true, detail: out.detail };
      if (afterOpaqueRedirect) {
        // A browser says only "failed" when it gives up on a redirect chain (after 20 hops).
        return { ...base, status: 'broken', loop: true, tooManyRedirects: true, detail: 'the browser gave up following its redirects (a redirect loop, more than 20 redirects, or a target that cannot be reached)' };
      }
      return { ...base, status: 'unreachable', detail: out.detail };
    }
    if (out.remoteAddress && isInternalIp(out.remoteAddress)) {
      if (!hop) originInternal = true; // a name that resolves to the local network: the author linked there
      else if (!originInternal) return refused(current);
    }
    if (out.type === 'opaqueredirect') {
      if (ctx.redirectMode === 'auto' && !follow) {
        follow = true;
        afterOpaqueRedirect = true;
        continue;
      }
      return { ...base, status: 'redirected', httpStatus: out.status, detail: 'redirects somewhere the browser does not reveal' };
    }
    if (!follow && REDIRECTS.has(out.status) && out.location) {
      let next: URL;
      try {
        next = new URL(out.location, current);
      } catch {
        return { ...base, status: 'broken', httpStatus: out.status, detail: 'redirects to an invalid address' };
      }
      const nextFragment = next.hash;
      next.hash = '';
      redirects.push({ url: current, status: out.status, location: next.href + nextFragment });
      if (seen.has(next.href)) return { ...base, ...moves(key, redirects), status: 'broken', httpStatus: out.status, loop: true, detail: 'the redirects go round in a loop' };
      if (redirects.length > ctx.maxRedirects) return { ...base, ...moves(key, redirects), status: 'broken', httpStatus: out.status, tooManyRedirects: true, detail: `more than ${ctx.maxRedirects} redirects` };
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ...base, ...moves(key, redirects), status: 'broken', httpStatus: out.status, detail: `redirects to a ${next.protocol} address` };
      if (!originInternal && isInternalHost(next.hostname)) return refused(next.href);
      seen.add(next.href);
      current = next.href;
      continue;
    }
    if (follow && out.redirected && out.url && out.url !== current) {
      // The fetch followed the chain itself: only its end is known, not the hops' statuses.
      redirects.push({ url: current, status: 0, location: out.url });
      if (!originInternal && isInternalUrl(out.url)) return refused(out.url);
    }
    const status = statusOf(out.status, redirects.length > 0);
    return { ...base, ...moves(key, redirects), status, httpStatus: out.status, detail: detailOf(out.status, answer.gaveUpDetail) };
  }
}

/** "an address on a local or private network (10.0.0.5)", with the host only: the path is not the reader's business. */
function describeInternal(url: string): string {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep as given
  }
  return `an address on a local or private network (${host})`;
}

interface Answer {
  outcome: RequestOutcome;
  method: 'HEAD' | 'GET';
  requests: number;
  gaveUpDetail?: string;
}

/** HEAD, GET when HEAD can't be trusted, and a few more tries when the server is busy or failing. */
async function requestWithRetries(url: string, follow: boolean, ctx: UrlCheckContext, slot: SlotHolder, how: { refuseInternal: boolean; afterOpaqueRedirect: boolean }): Promise<Answer> {
  const host = hostOf(url);
  const redirect = follow ? 'follow' : 'manual';
  let method: 'HEAD' | 'GET' = 'HEAD';
  let requests = 0;
  const once = async (m: 'HEAD' | 'GET'): Promise<RequestOutcome> => {
    await slot.take(host);
    requests++;
    return requestHeaders(url, m, redirect, ctx, how.refuseInternal);
  };
  for (let retry = 0; ; retry++) {
    let outcome = await once(method);
    if (method === 'HEAD' && ((outcome.kind === 'network' && !outcome.internalAddress) || (outcome.kind === 'response' && headIsUnreliable(outcome.status)))) {
      method = 'GET';
      outcome = await once(method);
    }
    if (outcome.kind === 'timeout') return { outcome, method, requests };
    // A browser that failed to follow a redirect chain with HEAD and GET has followed it twice
    // already (up to 20 hops each): asking again only multiplies that.
    const retryable = outcome.kind === 'network' ? !outcome.permanent && !how.afterOpaqueRedirect : isRetryableStatus(outcome.status);
    if (!retryable || retry >= ctx.maxRetries) return { outcome, method, requests };
    const backoff = backoffDelay(ctx.backoffMs, retry);
    let wait = backoff;
    if (outcome.kind === 'response') {
      const asked = parseRetryAfter(outcome.retryAfter, ctx.clock.now());
      if (asked !== undefined) {
        if (asked > ctx.maxRetryAfterMs) return { outcome, method, requests, gaveUpDetail: `the site asked to come back after ${Math.round(asked / 1000)} s` };
        // Never sooner than the backoff: a date already past would otherwise burn every retry at once.
        wait = retryWait(asked, backoff);
        // Everyone else heading to this host waits too: that's what the server asked for.
        ctx.scheduler.pauseHost(host, ctx.clock.now() + wait);
      }
    }
    slot.drop(); // others may use the slot while this one waits
    await ctx.clock.sleep(wait, ctx.signal);
  }
}

function statusOf(http: number, redirected: boolean): LinkStatus {
  if (http >= 200 && http < 400) return redirected ? 'redirected' : 'ok';
  // 5xx only: 999 and other made-up codes above 599 are refusals, not outages.
  if (http === 429 || (http >= 500 && http <= 599)) return 'server-error';
  return 'broken';
}

function detailOf(http: number, gaveUp?: string): string | undefined {
  if (gaveUp) return gaveUp;
  if (http === 404) return 'page not found (404)';
  if (http === 410) return 'page removed for good (410)';
  if (http === 429) return 'the site is limiting requests (429)';
  if (http === 401 || http === 403) return `the page needs a login or refuses visitors (${http})`;
  if (http === REFUSES_BOTS) return `the site refuses automated checks (${http}, as LinkedIn answers)`;
  if (http >= 400) return `the server answered ${http}`;
  return undefined;
}

/** Final URL (fragments are the caller's business), whether the whole chain is permanent, and the URL a fix may put in the post. */
export function moves(key: string, redirects: readonly RedirectHop[]): Partial<KeyResult> {
  if (redirects.length === 0) return {};
  const last = redirects[redirects.length - 1]!;
  const known = redirects.every((h) => h.status !== 0);
  const httpsUpgrade = redirects.some((h) => isHttpsUpgrade(h.url, h.location));
  // Only the leading run of safe moves may be written into the post: a permanent move after a
  // temporary one is the temporary target's business, not the link's.
  let replacement: string | undefined;
  for (const hop of redirects) {
    if (!(PERMANENT.has(hop.status) || isHttpsUpgrade(hop.url, hop.location))) break;
    replacement = hop.location;
  }
  return {
    finalUrl: last.location,
    permanent: known ? redirects.every((h) => PERMANENT.has(h.status)) : undefined,
    httpsUpgrade,
    replacementUrl: replacement && replacement !== key ? replacement : undefined,
  };
}

/** Same address, only the scheme went from http: to https: (a default port changes with it). */
export function isHttpsUpgrade(from: string, to: string): boolean {
  try {
    const a = new URL(from);
    const b = new URL(to);
    if (a.protocol !== 'http:' || b.protocol !== 'https:') return false;
    b.hash = '';
    return a.hostname === b.hostname && a.pathname === b.pathname && a.search === b.search && (a.port === b.port || (a.port === '' && b.port === ''));
  } catch {
    return false;
  }
}
