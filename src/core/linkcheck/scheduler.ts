import { SETTLED } from './clock';

/**
 * Hands out request slots under two limits: per host and overall. Waiters are served in
 * arrival order, except that a waiter whose host is full doesn't block waiters for other hosts;
 * follow-up requests (redirect hops, retries) go to the front so a started check finishes first.
 */
export interface Scheduler {
  /** Resolves with a release function once a slot is free; rejects at once when `signal` aborts. */
  acquire(host: string, signal?: AbortSignal, urgent?: boolean): Promise<() => void>;
  /** Keeps new requests to `host` waiting until `until` (clock ms), e.g. after a 429. */
  pauseHost(host: string, until: number): void;
}

interface Waiter {
  host: string;
  grant: (release: () => void) => void;
}

export interface SchedulerOptions {
  perHost: number;
  global: number;
  now: () => number;
  /** Wakes the queue when a host pause ends. */
  wakeAfter: (ms: number, wake: () => void) => void;
}

export function createScheduler({ perHost, global, now, wakeAfter }: SchedulerOptions): Scheduler {
  if (!(perHost >= 1) || !(global >= 1)) throw new RangeError('concurrency limits must be at least 1');
  const queue: Waiter[] = [];
  const active = new Map<string, number>();
  const pausedUntil = new Map<string, number>();
  let running = 0;

  const wakePending = new Set<string>();

  const canStart = (host: string): boolean => {
    if (running >= global || (active.get(host) ?? 0) >= perHost) return false;
    const until = pausedUntil.get(host);
    if (until === undefined) return true;
    const left = until - now();
    if (left <= 0) {
      pausedUntil.delete(host);
      return true;
    }
    // Timers and the clock may disagree by a millisecond: whenever a paused host is found
    // waiting, make sure a wake-up is coming, or its waiters could sleep forever.
    if (!wakePending.has(host)) {
      wakePending.add(host);
      wakeAfter(left, () => {
        wakePending.delete(host);
        pump();
      });
    }
    return false;
  };

  const start = (waiter: Waiter): void => {
    running++;
    active.set(waiter.host, (active.get(waiter.host) ?? 0) + 1);
    let released = false;
    waiter.grant(() => {
      if (released) return;
      released = true;
      running--;
      const n = (active.get(waiter.host) ?? 1) - 1;
      if (n === 0) active.delete(waiter.host);
      else active.set(waiter.host, n);
      pump();
    });
  };

  const pump = (): void => {
    for (let i = 0; i < queue.length && running < global; ) {
      const waiter = queue[i]!;
      if (canStart(waiter.host)) {
        queue.splice(i, 1);
        start(waiter);
      } else i++;
    }
  };

  return {
    acquire(host, signal, urgent = false) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        // Only a waiter that can be cancelled needs a listener (and a way to drop it once granted).
        const settled = signal ? new AbortController() : undefined;
        const waiter: Waiter = {
          host,
          grant: (release) => {
            settled?.abort(SETTLED);
            resolve(release);
          },
        };
        signal?.addEventListener(
          'abort',
          () => {
            const at = queue.indexOf(waiter);
            if (at >= 0) queue.splice(at, 1);
            settled?.abort(SETTLED);
            reject(signal.reason);
          },
          { once: true, signal: settled?.signal },
        );
        if (urgent) queue.unshift(waiter);
        else queue.push(waiter);
        pump();
      });
    },
    pauseHost(host, until) {
      if (until > (pausedUntil.get(host) ?? 0)) pausedUntil.set(host, until);
    },
  };
}
