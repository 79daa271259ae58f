import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runtime ports as the panel sees them; `ports` holds every one opened, newest last. */
const ports: FakePort[] = [];
interface FakePort {
  name: string;
  sent: { type: string; payload: { runId: number } }[];
  deliver(type: string, payload: unknown): void;
  /** The background went away (the browser closes the port). */
  drop(): void;
  postMessage(m: unknown): void;
  disconnect(): void;
  onMessage: { addListener(l: (m: unknown) => void): void };
  onDisconnect: { addListener(l: () => void): void };
}

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    runtime: {
      connect: ({ name }: { name: string }) => {
        const onMessage: ((m: unknown) => void)[] = [];
        const onDisconnect: (() => void)[] = [];
        let open = true;
        const port: FakePort = {
          name,
          sent: [],
          deliver: (type, payload) => onMessage.forEach((l) => l({ type, payload })),
          drop: () => {
            open = false;
            onDisconnect.forEach((l) => l());
          },
          postMessage: (m) => {
            if (!open) throw new Error('Attempting to use a disconnected port object');
            port.sent.push(m as FakePort['sent'][number]);
          },
          disconnect: () => void (open = false),
          onMessage: { addListener: (l) => void onMessage.push(l) },
          onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
        };
        ports.push(port);
        return port;
      },
    },
  },
}));

const { linkCheckChannel, MAX_STALLS, WAITING_EVERY_MS } = await import('../../../src/panel/link-check-channel');

afterEach(() => {
  ports.length = 0;
  vi.useRealTimers();
});

const lastRequest = () => ports.at(-1)!.sent.filter((m) => m.type === 'check-links').at(-1)!;

describe('the panel\'s link-check channel', () => {
  it('opens its port on the first check only, and resolves with the background\'s answer', async () => {
    const channel = linkCheckChannel(new AbortController().signal);
    expect(ports).toHaveLength(0);
    const progress = vi.fn();
    const outcome = channel.check(['https://a.example/'], undefined, progress);
    expect(ports).toHaveLength(1);
    const { runId } = lastRequest().payload;
    ports[0]!.deliver('link-progress', { runId, done: 1, total: 1 });
    ports[0]!.deliver('link-results', { runId, results: [null], notAllowed: [] });
    expect(await outcome).toEqual({ runId, results: [null], notAllowed: [] });
    expect(progress).toHaveBeenCalledWith(1, 1);
  });

  it('asks again on a new port when the background stops mid-run, and takes the answer from there', async () => {
    const channel = linkCheckChannel(new AbortController().signal);
    const outcome = channel.check(['https://a.example/', 'https://b.example/'], 'https://blog.example/', () => undefined);
    const first = lastRequest();
    ports[0]!.drop();
    expect(ports).toHaveLength(2);
    expect(lastRequest()).toEqual(first);
    // A late word from the old port counts for nothing.
    ports[0]!.deliver('link-results', { runId: first.payload.runId, results: [], notAllowed: [], error: 'stale' });
    ports[1]!.deliver('link-results', { runId: first.payload.runId, results: [null, null], notAllowed: [] });
    expect(await outcome).toMatchObject({ results: [null, null] });
  });

  it('keeps resuming while each attempt gets further; gives up, saying so, after MAX_STALLS stops in a row without progress', async () => {
    const channel = linkCheckChannel(new AbortController().signal);
    const outcome = channel.check(Array.from({ length: 10 }, (_, i) => `https://a.example/${i}`), undefined, () => undefined);
    const { runId } = lastRequest().payload;
    // Progress before each of many stops: never given up.
    for (let done = 1; done <= 6; done++) {
      ports.at(-1)!.deliver('link-progress', { runId, done, total: 10 });
      ports.at(-1)!.drop();
    }
    expect(ports).toHaveLength(7);
    // Then stops with no link done past the best so far.
    for (let i = 0; i < MAX_STALLS; i++) {
      ports.at(-1)!.deliver('link-progress', { runId, done: 6, total: 10 });
      ports.at(-1)!.drop();
    }
    const result = await outcome;
    expect(result.error).toMatch(/stopped 3 times without getting further.*6 of 10 links done/);
    expect(ports).toHaveLength(7 + MAX_STALLS - 1);
  });

  it('tells the background it still waits while a run is in flight, and only then', async () => {
    vi.useFakeTimers();
    const channel = linkCheckChannel(new AbortController().signal);
    const outcome = channel.check(['https://a.example/'], undefined, () => undefined);
    const { runId } = lastRequest().payload;
    vi.advanceTimersByTime(WAITING_EVERY_MS * 3 + 1);
    const waiting = () => ports[0]!.sent.filter((m) => m.type === 'link-check-waiting');
    expect(waiting()).toHaveLength(3);
    expect(waiting()[0]!.payload).toEqual({ runId });
    ports[0]!.deliver('link-results', { runId, results: [null], notAllowed: [] });
    await outcome;
    vi.advanceTimersByTime(WAITING_EVERY_MS * 3);
    expect(waiting()).toHaveLength(3);
  });

  it('ends runs in flight when the panel closes', async () => {
    const life = new AbortController();
    const channel = linkCheckChannel(life.signal);
    const outcome = channel.check(['https://a.example/'], undefined, () => undefined);
    life.abort();
    expect((await outcome).error).toBe('the panel closed.');
  });
});
