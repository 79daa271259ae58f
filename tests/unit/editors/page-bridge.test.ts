// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { BridgeError, connectPageBridge, type BridgeEvent } from '../../../src/editors/page-bridge';
import { HELLO_EVENT, MAIN_READY_EVENT, PROTOCOL_VERSION, isSecret, toContentEvent, toMainEvent } from '../../../src/protocol/bridge';
import { validateEditorInfo, validateApplyResult, validateSchema } from '../../../src/editors/bridge-answers';

/** A stand-in for the MAIN-world script: answers the handshake, then requests through `respond`. */
function fakeMain(respond: (request: Record<string, unknown>, reply: (message: unknown) => void) => void) {
  const state: { secret?: string; requests: Record<string, unknown>[] } = { requests: [] };
  document.addEventListener(HELLO_EVENT, (e) => {
    if (state.secret) return;
    state.secret = (e as CustomEvent<string>).detail;
    const reply = (message: unknown) =>
      document.dispatchEvent(new CustomEvent(toContentEvent(state.secret!), { detail: typeof message === 'string' ? message : JSON.stringify(message) }));
    document.addEventListener(toMainEvent(state.secret), (r) => {
      const request = JSON.parse((r as CustomEvent<string>).detail) as Record<string, unknown>;
      state.requests.push(request);
      respond(request, reply);
    });
    reply({ kind: 'welcome', version: PROTOCOL_VERSION });
  });
  return state;
}


describe('page bridge (content-script side)', () => {
  it('connects synchronously when the MAIN script is already there, with a fresh random secret', () => {
    const main = fakeMain(() => {});
    const bridge = connectPageBridge(document, new AbortController().signal);
    expect(bridge.connected).toBe(true);
    expect(isSecret(main.secret)).toBe(true);
    const other = fakeMain(() => {});
    connectPageBridge(document, new AbortController().signal);
    expect(other.secret).not.toBe(main.secret);
  });

  it('closes the MAIN-world session when its signal aborts', () => {
    const main = fakeMain(() => {});
    const stop = new AbortController();
    connectPageBridge(document, stop.signal);
    stop.abort();
    expect(main.requests.map((r) => r.request)).toEqual(['close']);
  });

  it('says hello when the MAIN script announces itself later', async () => {
    const stop = new AbortController();
    const bridge = connectPageBridge(document, stop.signal);
    expect(bridge.connected).toBe(false);
    const waiting = bridge.whenConnected(1000);
    fakeMain(() => {});
    document.dispatchEvent(new CustomEvent(MAIN_READY_EVENT));
    expect(await waiting).toBe(true);
    stop.abort();
  });

  it('answers requests by id, validates answers, and times out', async () => {
    fakeMain((request, reply) => {
      if (request.request === 'reveal') reply({ kind: 'response', id: request.id, ok: true, value: true });
      if (request.request === 'schema') reply({ kind: 'response', id: request.id, ok: true, value: 42 });
      if (request.request === 'arm') reply({ kind: 'response', id: request.id, ok: false, error: 'nope' });
      if (request.request === 'find') reply({ kind: 'response', id: 999, ok: true, value: 'not for you' });
    });
    const bridge = connectPageBridge(document, new AbortController().signal);
    const target = { driver: 'codemirror6', key: 'k' };
    await expect(bridge.request('reveal', { ...target, start: 0, end: 1 })).resolves.toBe(true);
    await expect(bridge.request('schema', target)).rejects.toThrow(/malformed "schema" answer/);
    await expect(bridge.request('arm', { driver: 'decap' })).rejects.toThrow(BridgeError);
    await expect(bridge.request('find', {}, 50)).rejects.toThrow(/did not answer "find" in time/);
  });

  it('loads a driver by arming the MAIN world first, then injecting; once; not when already there; again after a pause when it failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const order: string[] = [];
      fakeMain((request, reply) => {
        if (request.request !== 'arm') return;
        order.push(`arm ${String((request as { driver?: unknown }).driver)}`);
        reply({ kind: 'response', id: request.id, ok: true, value: (request as { driver?: unknown }).driver === 'monaco' ? 'loaded' : 'armed' });
      });
      let fail = true;
      const bridge = connectPageBridge(document, new AbortController().signal, async (editor) => {
        order.push(`inject ${editor}`);
        return editor !== 'codemirror5' || !fail;
      });
      expect(await bridge.loadDriver('decap')).toBe(true);
      expect(await bridge.loadDriver('decap')).toBe(true); // remembered: no second arm or injection
      expect(await bridge.loadDriver('monaco')).toBe(true); // already in the page: armed, not injected
      expect(await bridge.loadDriver('codemirror5')).toBe(false);
      expect(await bridge.loadDriver('codemirror5')).toBe(false); // no retry storm on every detection pass
      expect(order).toEqual(['arm decap', 'inject decap', 'arm monaco', 'arm codemirror5', 'inject codemirror5']);
      fail = false;
      await vi.advanceTimersByTimeAsync(5000);
      expect(await bridge.loadDriver('codemirror5')).toBe(true);
      expect(order.slice(5)).toEqual(['arm codemirror5', 'inject codemirror5']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores garbage and malformed events, passes valid ones on', () => {
    let reply!: (m: unknown) => void;
    fakeMain(() => {});
    const seen: BridgeEvent[] = [];
    const stop = new AbortController();
    document.addEventListener(HELLO_EVENT, (e) => {
      const secret = (e as CustomEvent<string>).detail;
      reply = (m) => document.dispatchEvent(new CustomEvent(toContentEvent(secret), { detail: typeof m === 'string' ? m : JSON.stringify(m) }));
    });
    const bridge = connectPageBridge(document, stop.signal);
    bridge.onEvent((e) => seen.push(e), stop.signal);
    reply('{not json');
    reply({ kind: 'event', name: 'changed', driver: 'monaco', key: 'k', text: 5 });
    reply({ kind: 'event', name: 'explode', driver: 'monaco', key: 'k', text: 'x' });
    reply({ kind: 'event', name: 'changed', driver: 'monaco', key: 'k' });
    reply({ kind: 'event', name: 'changed', driver: 'monaco', key: 'k', text: 'fine' });
    reply({ kind: 'event', name: 'editor-lost', driver: 'monaco', key: 'k' });
    expect(seen).toEqual([
      { name: 'changed', driver: 'monaco', key: 'k', text: 'fine' },
      { name: 'editor-lost', driver: 'monaco', key: 'k' },
    ]);
    stop.abort();
    reply({ kind: 'event', name: 'changed', driver: 'monaco', key: 'k', text: 'after abort' });
    expect(seen).toHaveLength(2);
  });
});

describe('answer validators', () => {
  it('accept well-formed answers only', () => {
    expect(validateEditorInfo({ driver: 'codemirror6', key: 'a', text: 'x' })).toEqual({ driver: 'codemirror6', key: 'a', text: 'x' });
    expect(validateEditorInfo(null)).toBeNull();
    expect(() => validateEditorInfo({ driver: 'codemirror6', key: 'a', text: ['x'] })).toThrow();
    expect(validateApplyResult({ ok: true, text: 'new' })).toEqual({ ok: true, text: 'new' });
    expect(validateApplyResult({ ok: false, reason: 'stale', say: 'applyStale' })).toEqual({ ok: false, reason: 'stale', say: 'applyStale' });
    expect(validateApplyResult({ ok: false, reason: 'unsupported', say: 'applyNoEntry', params: { cms: 'Decap CMS', extra: 'dropped' } })).toEqual({
      ok: false,
      reason: 'unsupported',
      say: 'applyNoEntry',
      params: { cms: 'Decap CMS' },
    });
    expect(() => validateApplyResult({ ok: true })).toThrow();
    expect(() => validateApplyResult({ ok: false, reason: 'because', say: 'applyStale' })).toThrow();
    // A failure is words from the catalog, never a sentence the page wrote (it is shown in the panel).
    expect(() => validateApplyResult({ ok: false, reason: 'stale', message: 'Click here to win' })).toThrow();
    expect(() => validateApplyResult({ ok: false, reason: 'stale', say: 'undoDone' })).toThrow();
    expect(() => validateApplyResult({ ok: false, reason: 'failed', say: 'applyRejected', params: { detail: 42 } })).toThrow();
  });
});

describe('values from the page are read through own properties only', () => {
  /** Getters on Object.prototype for every name the bridge reads; they log whenever they run on a bridge value. */
  function trapPrototype(): { seen: string[]; restore(): void } {
    const seen: string[] = [];
    // (`value` is left out: every accessor descriptor literal would then carry one too.)
    const names = ['then', 'kind', 'version', 'id', 'ok', 'error', 'name', 'driver', 'key', 'text', 'reason', 'say', 'params', 'cms', 'detail', 'fields', 'path', 'type', 'enum', 'pattern', 'required'];
    for (const name of names) {
      Object.defineProperty(Object.prototype, name, {
        __proto__: null,
        configurable: true,
        get() {
          seen.push(`${name} on {${Object.keys(this).join(',')}}`);
          return name === 'ok' ? true : name === 'text' ? 'FORGED' : undefined;
        },
        // Assignments still create own properties (Node's timers set `id` on themselves).
        set(v: unknown) {
          Object.defineProperty(this, name, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true } as PropertyDescriptor);
        },
      } as PropertyDescriptor);
    }
    return { seen, restore: () => names.forEach((n) => delete (Object.prototype as Record<string, unknown>)[n]) };
  }

  it('answers, events and validated results never fall back to a prototype, and resolve as null-prototype records', async () => {
    fakeMain((request, reply) => {
      if (request.request === 'find') reply({ kind: 'response', id: request.id, ok: true, value: { driver: 'codemirror6', key: 'k', text: 'real' } });
      if (request.request === 'apply') reply({ kind: 'response', id: request.id, ok: true, value: { ok: false, reason: 'stale', say: 'applyStale' } });
      if (request.request === 'reveal') reply({ kind: 'response', id: request.id, value: true }); // no `ok`: refused
    });
    const stop = new AbortController();
    const bridge = connectPageBridge(document, stop.signal);
    const events: BridgeEvent[] = [];
    bridge.onEvent((e) => events.push(e), stop.signal);
    const trap = trapPrototype();
    try {
      const found = await bridge.request('find', {});
      const applied = await bridge.request('apply', { driver: 'codemirror6', key: 'k', edits: [], expected: '' });
      const revealed = await bridge.request('reveal', { driver: 'codemirror6', key: 'k', start: 0, end: 0 }).then(() => 'resolved', () => 'refused');
      const schema = validateSchema({ fields: [{ path: 'title', required: true }] });
      expect(() => validateEditorInfo({ driver: 'codemirror6', key: 'k' })).toThrow(); // `text` only on the prototype
      trap.restore();
      expect(found).toEqual({ driver: 'codemirror6', key: 'k', text: 'real' });
      expect(Object.getPrototypeOf(found)).toBeNull();
      expect(applied).toEqual({ ok: false, reason: 'stale', say: 'applyStale' });
      expect(Object.getPrototypeOf(applied)).toBeNull();
      expect(revealed).toBe('refused');
      expect(schema).toEqual({ fields: [{ path: 'title', required: true }] });
      expect(trap.seen.filter((s) => /driver|reason|kind|path/.test(s))).toEqual([]);
    } finally {
      trap.restore();
      stop.abort();
    }
  });
});
