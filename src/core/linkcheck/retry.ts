/**
 * `Retry-After` is either delta-seconds or an HTTP date. Returns the wait in ms, or undefined
 * when the header is absent or unreadable (then the caller backs off on its own).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 500 ms, 1 s, 2 s … for retry number 0, 1, 2 … */
export function backoffDelay(baseMs: number, retry: number): number {
  return baseMs * 2 ** retry;
}

/** Statuses worth asking again: the server said "busy" or broke down, not "no". */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * HEAD answers that don't prove the page is missing: some servers refuse or mishandle HEAD
 * (405 Method Not Allowed, 501 Not Implemented, 403 from bot shields, 400/404 from apps that
 * only route GET). For these the page is asked for with GET.
 */
export function headIsUnreliable(status: number): boolean {
  return status === 400 || status === 403 || status === 404 || status === 405 || status === 406 || status === 501;
}
