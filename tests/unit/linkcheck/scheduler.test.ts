import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/core/linkcheck/scheduler';

/** A scheduler on a hand-driven clock, with the wake-ups it asked for. */
function setup(perHost: number, global: number) {
  let now = 0;
  const wakes: { at: number; wake: () => void }[] = [];
  const scheduler = createScheduler({ perHost, global, now: () => now, wakeAfter: (ms, wake) => wakes.push({ at: now + ms, wake }) });
  const advance = (ms: number) => {
    now += ms;
    for (const w of wakes.filter((w) => w.at <= now)) w.wake();
  };
  return { scheduler, advance };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('scheduler', () => {
  it('a full host does not hold up other hosts queued behind it', async () => {
    const { scheduler } = setup(1, 10);
    const order: string[] = [];
    const take = (host: string, name: string) => scheduler.acquire(host).then((release) => (order.push(name), release));
    const a1 = take('a', 'a1');
    void take('a', 'a2');
    void take('b', 'b1');
    await tick();
    expect(order).toEqual(['a1', 'b1']);
    (await a1)();
    await tick();
    expect(order).toEqual(['a1', 'b1', 'a2']);
  });

  it('urgent waiters (hops and retries of started checks) go first', async () => {
    const { scheduler } = setup(1, 1);
    const order: string[] = [];
    const first = await scheduler.acquire('a');
    void scheduler.acquire('a').then((r) => (order.push('new'), r));
    void scheduler.acquire('a', undefined, true).then((r) => (order.push('hop'), r()));
    first();
    await tick();
    expect(order[0]).toBe('hop');
  });

  it('a paused host gets nothing until the pause ends; other hosts carry on', async () => {
    const { scheduler, advance } = setup(2, 2);
    scheduler.pauseHost('a', 1000);
    const order: string[] = [];
    void scheduler.acquire('a').then(() => order.push('a'));
    void scheduler.acquire('b').then(() => order.push('b'));
    await tick();
    expect(order).toEqual(['b']);
    advance(999);
    await tick();
    expect(order).toEqual(['b']);
    advance(1);
    await tick();
    expect(order).toEqual(['b', 'a']);
  });

  it('an aborted waiter leaves the queue and rejects; released slots are not double-counted', async () => {
    const { scheduler } = setup(1, 1);
    const release = await scheduler.acquire('a');
    const controller = new AbortController();
    const waiting = scheduler.acquire('a', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    release();
    release(); // twice: still only one slot back
    const r1 = await scheduler.acquire('a');
    let second = false;
    void scheduler.acquire('a').then(() => (second = true));
    await tick();
    expect(second).toBe(false);
    r1();
    await tick();
    expect(second).toBe(true);
  });

  it('refuses limits below 1', () => {
    expect(() => setup(0, 8)).toThrow(RangeError);
  });
});

describe('scheduler wake-ups', () => {
  it('a wake-up that comes a moment early is followed by another, not forgotten', async () => {
    let now = 0;
    const wakes: { ms: number; wake: () => void }[] = [];
    const scheduler = createScheduler({ perHost: 1, global: 1, now: () => now, wakeAfter: (ms, wake) => wakes.push({ ms, wake }) });
    scheduler.pauseHost('a', 1000);
    let granted = false;
    void scheduler.acquire('a').then(() => (granted = true));
    await tick();
    expect(wakes.map((w) => w.ms)).toEqual([1000]);
    now = 999; // the timer fired 1 ms before the clock says the pause is over
    wakes.shift()!.wake();
    await tick();
    expect(granted).toBe(false);
    expect(wakes.map((w) => w.ms)).toEqual([1]);
    now = 1000;
    wakes.shift()!.wake();
    await tick();
    expect(granted).toBe(true);
  });
});

describe('scheduler invariants (property-based)', () => {
  it('never exceeds either limit, and every waiter is served once work drains', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.record({ host: fc.constantFrom('a', 'b', 'c'), urgent: fc.boolean(), holdTicks: fc.integer({ min: 0, max: 3 }) }), { maxLength: 30 }),
        async (perHost, global, jobs) => {
          const { scheduler } = setup(perHost, global);
          const active = new Map<string, number>();
          let running = 0;
          let worst = { perHost: 0, global: 0 };
          let served = 0;
          await Promise.all(
            jobs.map(async (job) => {
              const release = await scheduler.acquire(job.host, undefined, job.urgent);
              served++;
              running++;
              active.set(job.host, (active.get(job.host) ?? 0) + 1);
              worst = { perHost: Math.max(worst.perHost, active.get(job.host)!), global: Math.max(worst.global, running) };
              for (let i = 0; i < job.holdTicks; i++) await tick();
              running--;
              active.set(job.host, active.get(job.host)! - 1);
              release();
            }),
          );
          expect(served).toBe(jobs.length);
          expect(worst.perHost).toBeLessThanOrEqual(perHost);
          expect(worst.global).toBeLessThanOrEqual(global);
        },
      ),
      { numRuns: 100 },
    );
  });
});
