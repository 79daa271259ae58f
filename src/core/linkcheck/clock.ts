import type { Clock } from './types';

/**
 * Reason given when aborting a controller only to drop listeners and timers after the work is
 * done: a plain value, because `abort()` without one builds a DOMException (with a stack) each time.
 */
export const SETTLED = 'settled';

/** The default clock: the timers every JS host has (Node, window, service worker). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const done = new AbortController();
      const timer = setTimeout(() => {
        done.abort(SETTLED);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          done.abort(SETTLED);
          reject(signal.reason);
        },
        { once: true, signal: done.signal },
      );
    }),
};
