import { describe, expect, it } from 'vitest';
import { BridgedAdapter, bridgedAdapter } from '../../../src/editors/bridged';
import { driverSignatures } from '../../../src/editors/signatures';
import { pageBridge, type BridgeEvent, type PageBridge } from '../../../src/editors/page-bridge';
import { ANSWERS, validateSchema } from '../../../src/editors/bridge-answers';
import type { RequestKind } from '../../../src/protocol/bridge';

describe('validateSchema (the CMS schema comes from the page)', () => {
  it('keeps well-typed field rules and drops everything else', () => {
    const schema = validateSchema({
      fields: [
        { path: 'seo.description', type: 'text', required: true, pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters.', label: 'Meta description' },
        { path: 'tags', type: 'list', min: 1, max: 5, enum: ['a', 2, true, { evil: 1 }] },
        { path: 'odd', type: 'no-such-type', required: 'yes', min: -1, max: 1.5 },
        { type: 'string' },
        'not a field',
      ],
      titlePath: ['seo.title'],
      descriptionMaxLength: 10,
    });
    expect(schema).toEqual({
      fields: [
        { path: 'seo.description', type: 'text', required: true, pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters.', label: 'Meta description' },
        { path: 'tags', type: 'list', min: 1, max: 5, enum: ['a', 2, true] },
        { path: 'odd' },
      ],
    });
  });

  it('refuses a huge pattern (the panel compiles it) and malformed shapes', () => {
    expect(validateSchema({ fields: [{ path: 'x', pattern: 'a'.repeat(501) }] })).toEqual({ fields: [{ path: 'x' }] });
    expect(validateSchema(null)).toBeUndefined();
    expect(validateSchema({})).toBeUndefined();
    expect(() => validateSchema({ fields: 'title' })).toThrow();
    expect(() => validateSchema([1])).toThrow();
  });
});

/** A bridge that counts its "find" requests. */
function countingBridge(found: unknown) {
  const listeners = new Set<(e: BridgeEvent) => void>();
  let finds = 0;
  const bridge: PageBridge = {
    connected: true,
    whenConnected: async () => true,
    request: (async (kind: RequestKind) => {
      if (kind === 'find') finds++;
      return ANSWERS[kind](kind === 'find' ? found : null);
    }) as PageBridge['request'],
    onEvent(fn, signal) {
      listeners.add(fn);
      signal.addEventListener('abort', () => listeners.delete(fn), { once: true });
    },
    loadDriver: async () => true,
  };
  return { bridge, finds: () => finds, listeners, emit: (e: BridgeEvent) => [...listeners].forEach((fn) => fn(e)) };
}

describe('bridged adapters', () => {
  it('stop hearing the bridge once their document is gone', () => {
    const b = countingBridge(null);
    const adapter = new BridgedAdapter(b.bridge, 'decap', 'blog/a', 'A', new AbortController().signal);
    const lost: string[] = [];
    adapter.onLost(() => lost.push('lost'), new AbortController().signal);
    expect(b.listeners.size).toBe(1);
    b.emit({ name: 'editor-lost', driver: 'decap', key: 'blog/a' });
    expect(lost).toEqual(['lost']);
    expect(b.listeners.size).toBe(0);
  });

  it('loads a driver only where its signature matches, and then every bridged adapter shares one "find" per pass', async () => {
    // pageBridge() keeps one bridge per document: give the real one's request a fake answer.
    // The page shows Decap's root and a Monaco editor, nothing of CodeMirror.
    const present = ['#nc-root', '.monaco-editor'];
    const doc = {
      dispatchEvent: () => true,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      currentScript: null,
      querySelector: (selector: string) => (present.includes(selector) ? {} : null),
    } as unknown as Document;
    const bridge = pageBridge(doc);
    let finds = 0;
    const loads: string[] = [];
    Object.defineProperty(bridge, 'connected', { value: true });
    bridge.whenConnected = async () => true;
    bridge.loadDriver = async (editor) => (loads.push(editor), true);
    bridge.request = (async (kind: RequestKind) => {
      if (kind === 'find') finds++;
      return ANSWERS[kind](kind === 'find' ? { driver: 'monaco', key: 'file:///a.md', text: 'hello' } : null);
    }) as PageBridge['request'];
    const signal = new AbortController().signal;
    const pass = async () => {
      const results = [];
      for (const signature of driverSignatures.filter((s) => s.id !== 'sveltia')) results.push(await bridgedAdapter(signature).detect(doc, signal));
      return results;
    };
    const results = await pass();
    expect(results.map((r) => r?.id)).toEqual([undefined, 'monaco', undefined, undefined]);
    expect(results[1]?.read()).toBe('hello');
    expect(loads).toEqual(['decap', 'monaco']); // CodeMirror's drivers never reach this page
    expect(finds).toBe(2); // asked again once the Monaco driver arrived
    // The next pass: the drivers are there, one shared "find" (reused within its short window).
    await new Promise((r) => setTimeout(r, 250));
    expect((await pass()).map((r) => r?.id)).toEqual([undefined, 'monaco', undefined, undefined]);
    expect(loads).toEqual(['decap', 'monaco']);
    expect(finds).toBe(3);
  });
});
