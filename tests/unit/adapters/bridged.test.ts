import { describe, expect, it } from 'vitest';
import { BridgedAdapter } from '../../../src/editors/bridged';
import type { BridgeEvent, PageBridge } from '../../../src/editors/page-bridge';
import { ANSWERS } from '../../../src/editors/bridge-answers';
import type { RequestKind } from '../../../src/protocol/bridge';

/** A bridge whose events the test emits and whose requests it records. */
function fakeBridge(answers: Record<string, unknown> = {}) {
  const listeners = new Set<(e: BridgeEvent) => void>();
  const requests: { kind: string; body: Record<string, unknown> }[] = [];
  const bridge: PageBridge = {
    connected: true,
    whenConnected: async () => true,
    // Answers are validated as the real bridge does, by the request's kind.
    request: (async (kind: RequestKind, body: Record<string, unknown>) => {
      requests.push({ kind, body });
      return ANSWERS[kind](answers[kind]);
    }) as PageBridge['request'],
    onEvent(fn, signal) {
      listeners.add(fn);
      signal.addEventListener('abort', () => listeners.delete(fn));
    },
    loadDriver: async () => true,
  };
  return { bridge, requests, emit: (e: BridgeEvent) => listeners.forEach((fn) => fn(e)) };
}

describe('BridgedAdapter', () => {
  it('follows changes of its own document only, and retires when another one is found', () => {
    const { bridge, emit } = fakeBridge();
    const adapter = new BridgedAdapter(bridge, 'codemirror6', 'A', 'text of A', new AbortController().signal);
    const seen: string[] = [];
    adapter.subscribe((t) => seen.push(t), new AbortController().signal);

    emit({ name: 'changed', driver: 'codemirror6', key: 'A', text: 'A, edited' });
    emit({ name: 'changed', driver: 'codemirror6', key: 'B', text: 'text of B' });
    emit({ name: 'changed', driver: 'monaco', key: 'A', text: 'another editor' });
    expect(seen).toEqual(['A, edited']);
    expect(adapter.lost).toBe(false);

    emit({ name: 'editor-found', driver: 'codemirror6', key: 'B', text: 'text of B' });
    expect(adapter.lost).toBe(true);
    emit({ name: 'changed', driver: 'codemirror6', key: 'A', text: 'late' });
    expect(adapter.read()).toBe('A, edited'); // nothing of B, nothing after retirement
  });

  it('sends edits with its driver and document key, and refuses once retired without asking the page', async () => {
    const { bridge, emit, requests } = fakeBridge({ apply: { ok: true, text: 'clean' } });
    const adapter = new BridgedAdapter(bridge, 'monaco', 'file:///a.md', 'dirty', new AbortController().signal);
    expect(await adapter.apply([{ start: 0, end: 5, text: 'clean' }], 'dirty')).toEqual({ ok: true, text: 'clean' });
    expect(adapter.read()).toBe('clean');
    expect(requests[0]).toEqual({ kind: 'apply', body: { driver: 'monaco', key: 'file:///a.md', edits: [{ start: 0, end: 5, text: 'clean' }], expected: 'dirty' } });

    emit({ name: 'editor-lost', driver: 'monaco', key: 'file:///a.md' });
    expect(await adapter.apply([{ start: 0, end: 1, text: '' }], 'clean')).toMatchObject({ ok: false, reason: 'stale' });
    expect(requests).toHaveLength(1);
  });

  it('turns a malformed answer from the page into a failed result', async () => {
    const { bridge } = fakeBridge({ apply: { ok: true, text: 42 } });
    const adapter = new BridgedAdapter(bridge, 'codemirror5', 'k', 'x', new AbortController().signal);
    expect(await adapter.apply([], 'x')).toMatchObject({ ok: false, reason: 'failed' });
    expect(adapter.read()).toBe('x');
  });
});
