/**
 * The link checker's vocabulary. Everything the checker touches in the outside world
 * (fetch, timers, the cache) comes in through these interfaces, so the same code runs in
 * Node (the CLI, tests), the extension's background worker and the panel.
 */
import type { Finding, Severity } from '../types';

/** What a person is told about a link. */
export type LinkStatus =
  | 'ok'
  | 'redirected' // reached a working page, but through one or more redirects
  | 'broken' // 4xx, 410, redirect loop, too many redirects
  | 'server-error' // 5xx (and 429 that outlived the retry budget)
  | 'timeout' // no headers within the per-request timeout
  | 'unreachable' // DNS, refused connection, TLS, reset
  | 'skipped'; // not checked over the network: mailto, tel, fragment, relative without base, other schemes

export type SkipReason =
  | 'mailto'
  | 'tel'
  | 'fragment'
  | 'relative-without-base'
  | 'unsupported-scheme'
  | 'empty'
  | 'invalid-url';

/**
 * The part of a fetch `Response` the checker reads. Node's global fetch (undici) and the
 * browsers' fetch both satisfy it; tests may pass a hand-made object.
 */
export interface LinkResponse {
  status: number;
  /** 'opaqueredirect' is what browsers give for `redirect: 'manual'`. */
  type?: string;
  /** After `redirect: 'follow'`: the URL the fetch ended at. */
  url?: string;
  redirected?: boolean;
  headers: { get(name: string): string | null };
  body?: { cancel(reason?: unknown): Promise<void> } | null;
  /** The IP address that answered, where the fetch can tell (the CLI's); browsers can't. */
  remoteAddress?: string;
}

export interface LinkRequestInit {
  method: 'HEAD' | 'GET';
  redirect: 'manual' | 'follow';
  credentials: 'omit';
  signal: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Set on redirect hops of a link that started on the public internet: a fetch that resolves
   * names itself (the CLI's) must not connect to an internal address for it, and fails with an
   * error whose `code` is `EINTERNALADDRESS` instead. Browsers' fetch ignores it.
   */
  refuseInternal?: boolean;
}

/** The error code a fetch uses when `refuseInternal` stopped a connection. */
export const INTERNAL_ADDRESS_CODE = 'EINTERNALADDRESS';

export type FetchLike = (url: string, init: LinkRequestInit) => Promise<LinkResponse>;

/** Timers, injectable so tests can watch the waits the checker chooses. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A stored result and when it was checked; the checker decides freshness from `checkedAt`. */
export interface CachedLinkResult {
  result: LinkCheckResult;
  checkedAt: number;
}

/** Plain key/value store: a Map, `storage.session`, a JSON file. May be sync or async. */
export interface LinkCache {
  get(key: string): CachedLinkResult | undefined | Promise<CachedLinkResult | undefined>;
  set(key: string, value: CachedLinkResult): void | Promise<void>;
}

/**
 * How redirects are followed.
 * - 'manual' (default): every hop is requested by the checker with `redirect: 'manual'`, so the
 *   chain, each hop's status (301/308 = permanent) and loops are known. Right for Node.
 * - 'follow': the fetch follows redirects itself; only the final URL (`response.url`) and
 *   `response.redirected` are known, so `permanent` stays undefined and no move fix is offered
 *   except an http→https upgrade of the same address. Use where 'manual' gives opaque responses
 *   and nothing else (browsers, extension background worker).
 * - 'auto': 'manual', and for a host whose answer comes back opaque (`type: 'opaqueredirect'`),
 *   that URL is asked again with 'follow'.
 */
export type RedirectMode = 'manual' | 'follow' | 'auto';

export interface CheckLinksOptions {
  fetch: FetchLike;
  clock?: Clock;
  cache?: LinkCache;
  /** Freshness of cached ok/redirected/broken/skipped results. Default 1 hour. */
  cacheTtlMs?: number;
  /** Freshness of cached timeouts, unreachable hosts and server errors (they may recover soon). Default 1 minute. */
  errorCacheTtlMs?: number;
  signal?: AbortSignal;
  /** Called after each input URL is settled (duplicates settle together). */
  onProgress?: (progress: { done: number; total: number; result: LinkCheckResult }) => void;
  /** Absolute URL that relative links are resolved against; without it they are skipped. */
  baseUrl?: string;
  /** Simultaneous requests to one host (`URL.host`: name and port). Default 2. */
  perHostConcurrency?: number;
  /** Simultaneous requests overall. Default 8. */
  globalConcurrency?: number;
  /** Per request, until the response headers arrive. Default 10 000 ms. */
  timeoutMs?: number;
  /** Redirect hops followed before giving up. Default 20, as browsers do. */
  maxRedirects?: number;
  /** Retries after network errors, 5xx and 429, per URL. Default 2. */
  maxRetries?: number;
  /** First backoff step when the server gives no Retry-After; doubles each retry. Default 500 ms. */
  backoffMs?: number;
  /** Longest Retry-After the checker waits for; a longer one ends the check as a server error. Default 30 000 ms. */
  maxRetryAfterMs?: number;
  redirectMode?: RedirectMode;
  /** Extra request headers (e.g. a User-Agent in Node; browsers ignore forbidden ones). */
  headers?: Record<string, string>;
}

export interface RedirectHop {
  /** The URL that answered with a redirect. */
  url: string;
  status: number;
  /** Absolute target of the redirect. */
  location: string;
}

export interface LinkCheckResult {
  /** The link as given. */
  url: string;
  /** Absolute URL without the fragment: what was fetched and the cache/dedupe key. */
  key?: string;
  status: LinkStatus;
  /** Last HTTP status seen (of the final URL after redirects). */
  httpStatus?: number;
  method?: 'HEAD' | 'GET';
  /** Where the redirects ended (absolute, fragment of the original kept). */
  finalUrl?: string;
  redirects: RedirectHop[];
  /** Every hop was 301/308. Undefined when the chain is unknown (redirectMode 'follow'). */
  permanent?: boolean;
  /** Some hop moved the same address from http: to https:. */
  httpsUpgrade?: boolean;
  /**
   * The URL the link can safely be replaced with: the end of the leading run of permanent moves
   * and https upgrades (fragment kept). Undefined when there's nothing to replace.
   */
  replacementUrl?: string;
  loop?: boolean;
  tooManyRedirects?: boolean;
  /**
   * A public link redirected to a loopback, private or link-local address (or an internal
   * name): not followed, reported, and never offered as a replacement.
   */
  internalRedirect?: boolean;
  skipReason?: SkipReason;
  /** For mailto links: whether every address is well formed. */
  emailValid?: boolean;
  /** Requests made (0 for skipped or cached results). */
  requests: number;
  /** Wording for a person, e.g. "connection refused", "asked to retry after 120 s". */
  detail?: string;
  fromCache?: boolean;
}

/** A `link-check` finding, ready for `Diagnostic` once the caller adds line/column. */
export interface LinkCheckFinding extends Finding {
  ruleId: 'link-check';
  severity: Severity;
  data: { url: string; status: LinkStatus | 'missing-anchor'; finalUrl?: string; httpStatus?: number };
}

/** A post link's result, placed on the URL in the text (every link sharing that range shares it). */
export interface PostLinkResult extends LinkCheckResult {
  urlStart: number;
  urlEnd: number;
}

export interface PostLinkCheck {
  /** One per distinct URL range in the post, in text order; `#anchor` links are ok/broken by the post's headings. */
  results: PostLinkResult[];
  diagnostics: LinkCheckFinding[];
}
