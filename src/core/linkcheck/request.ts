import { INTERNAL_ADDRESS_CODE, type Clock, type FetchLike, type LinkRequestInit } from './types';
import { SETTLED } from './clock';

export type RequestOutcome =
  | {
      kind: 'response';
      status: number;
      location: string | null;
      retryAfter: string | null;
      type?: string;
      url?: string;
      redirected?: boolean;
      remoteAddress?: string;
    }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string; permanent: boolean; tooManyRedirects?: boolean; internalAddress?: boolean };

export interface RequestContext {
  fetch: FetchLike;
  clock: Clock;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** The run's signal: aborting it rejects with its reason (not a timeout). */
  signal?: AbortSignal;
}

/**
 * One request, headers only. The timeout runs until the headers are in; the body is then
 * cancelled unread, so a huge or never-ending body costs nothing.
 */
export async function requestHeaders(url: string, method: LinkRequestInit['method'], redirect: LinkRequestInit['redirect'], ctx: RequestContext, refuseInternal = false): Promise<RequestOutcome> {
  const run = ctx.signal;
  if (run?.aborted) throw run.reason;
  const attempt = new AbortController();
  const finished = new AbortController();
  let timedOut = false;
  run?.addEventListener('abort', () => attempt.abort(run.reason), { once: true, signal: finished.signal });
  ctx.clock
    .sleep(ctx.timeoutMs, finished.signal)
    .then(() => {
      timedOut = true;
      attempt.abort(new Error('timeout'));
    })
    .catch(() => {}); // finished before the timeout
  try {
    // Called unbound: a browser's fetch throws "Illegal invocation" when `this` is some other object.
    const fetch = ctx.fetch;
    const init: LinkRequestInit = { method, redirect, credentials: 'omit', signal: attempt.signal, headers: ctx.headers };
    if (refuseInternal) init.refuseInternal = true;
    const response = await fetch(url, init);
    response.body?.cancel().catch(() => {});
    return {
      kind: 'response',
      status: response.status,
      location: response.headers.get('location'),
      retryAfter: response.headers.get('retry-after'),
      type: response.type,
      url: response.url,
      redirected: response.redirected,
      remoteAddress: typeof response.remoteAddress === 'string' ? response.remoteAddress : undefined,
    };
  } catch (error) {
    if (run?.aborted) throw run.reason;
    if (timedOut) return { kind: 'timeout' };
    return { kind: 'network', ...describeNetworkError(error) };
  } finally {
    finished.abort(SETTLED);
  }
}

/**
 * Node's fetch puts the system error in `cause.code`; browsers say only "Failed to fetch".
 * Errors that won't go away by asking again (no such host, refused, bad certificate) aren't retried.
 */
function describeNetworkError(error: unknown): { detail: string; permanent: boolean; tooManyRedirects?: boolean; internalAddress?: boolean } {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = String(cause?.code ?? (error as { code?: string } | undefined)?.code ?? '');
  if (code === INTERNAL_ADDRESS_CODE) return { detail: 'the address is on a local or private network', permanent: true, internalAddress: true };
  // redirect: 'follow' in Node gives up after 20 hops with this message.
  if (/redirect count exceeded/i.test(String(cause?.message))) return { detail: 'too many redirects (probably a loop)', permanent: true, tooManyRedirects: true };
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME') return { detail: "the site's name could not be found (DNS)", permanent: true };
  if (code === 'ECONNREFUSED') return { detail: 'the server refused the connection', permanent: true };
  if (/CERT|TLS|SSL|SELF_SIGNED/i.test(code)) return { detail: "the site's security certificate was not accepted", permanent: true };
  if (code === 'ECONNRESET' || code.startsWith('UND_ERR_SOCKET')) return { detail: 'the connection was cut off', permanent: false };
  return { detail: 'the site could not be reached', permanent: false };
}
