import type { Clock } from './types';

/** The default clock: the timers every JS host has (Node, window, service worker). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const done = new AbortController();
      const timer = setTimeout(() => {
        done.abort();
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          done.abort();
          reject(signal.reason);
        },
        { once: true, signal: done.signal },
      );
    }),
};
