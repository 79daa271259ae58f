/**
 * `Retry-After` is either delta-seconds or an HTTP date. Returns the wait in ms, or undefined
 * when the header is absent or unreadable (then the caller backs off on its own). Tolerates
 * what servers send beside the standard: `2s`, `1.5`, `2 seconds`. A date in the past is 0:
 * the caller still waits its own backoff (see `retryWait`).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  const seconds = /^(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?$/i.exec(text);
  if (seconds) return Math.round(Number(seconds[1]) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before a retry: never shorter than the backoff, even when the server asks for less (or for a date already past). */
export function retryWait(asked: number | undefined, backoff: number): number {
  return asked === undefined ? backoff : Math.max(asked, backoff);
}

/** 500 ms, 1 s, 2 s … for retry number 0, 1, 2 … */
export function backoffDelay(baseMs: number, retry: number): number {
  return baseMs * 2 ** retry;
}

/** LinkedIn's (and a few others') non-standard "we don't serve checkers": like a 403 from a bot shield. */
export const REFUSES_BOTS = 999;

/** Statuses worth asking again: the server said "busy" or broke down, not "no". */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/**
 * HEAD answers that don't prove the page is missing: some servers refuse or mishandle HEAD
 * (405 Method Not Allowed, 501 Not Implemented, 403 from bot shields, 400/404 from apps that
 * only route GET). For these the page is asked for with GET.
 */
export function headIsUnreliable(status: number): boolean {
  return status === 400 || status === 403 || status === 404 || status === 405 || status === 406 || status === 501 || status === REFUSES_BOTS;
}
