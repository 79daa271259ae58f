// @vitest-environment jsdom
/**
 * The MAIN-world loader (src/page/main-world.ts) in jsdom, talking with the real content-side
 * bridge (src/editors/page-bridge.ts): a driver module is taken from the hook only when armed
 * for its id, once; and a second loader in the same page (Firefox runs an updated extension's
 * content scripts in open tabs, the first loader's hook stays) still gets the drivers its own
 * content script asks for.
 */
import { describe, expect, it, vi } from 'vitest';
import { connectPageBridge } from '../../../src/editors/page-bridge';
import { DRIVER_HOOK } from '../../../src/protocol/bridge';

const w = window as unknown as Record<string, unknown>;

/** A well-formed driver module for `id` whose editor reports `text`; counts its starts. */
function fakeModule(id: string, text: string, starts: string[]) {
  const driver = { id, key: () => `${id}:doc`, read: () => text, subscribe: () => undefined, apply: async () => ({ ok: true, text }) };
  return { id, start: () => (starts.push(`${id}:${text}`), { id, find: () => driver }) };
}

async function loadLoader(): Promise<void> {
  vi.resetModules();
  await import('../../../src/page/main-world');
}

describe('the MAIN-world loader takes drivers only when armed', () => {
  it('ignores unarmed assignments, takes the armed one once, and a second loader gets what its content script asks for', async () => {
    await loadLoader();
    const starts: string[] = [];
    const first = connectPageBridge(document, new AbortController().signal, async (editor) => {
      w[DRIVER_HOOK] = fakeModule(editor, 'real text', starts);
      return true;
    });
    expect(first.connected).toBe(true);
    expect(Object.getOwnPropertyDescriptor(window, DRIVER_HOOK)?.configurable).toBe(false);

    w[DRIVER_HOOK] = fakeModule('codemirror6', 'fake before arming', starts); // not armed: ignored
    expect(w[DRIVER_HOOK]).toBe('');
    expect(await first.request('find', {})).toBeNull();
    expect(await first.loadDriver('codemirror6')).toBe(true);
    expect(w[DRIVER_HOOK]).toBe('codemirror6');
    expect(await first.request('find', {})).toEqual({ driver: 'codemirror6', key: 'codemirror6:doc', text: 'real text' });
    w[DRIVER_HOOK] = fakeModule('codemirror6', 'fake after', starts); // once per id: ignored
    expect(await first.request('arm', { driver: 'codemirror6' })).toBe('loaded');
    expect(starts).toEqual(['codemirror6:real text']);

    // The extension updated: a new loader and a new content script in the same page.
    await loadLoader();
    const second = connectPageBridge(document, new AbortController().signal, async (editor) => {
      w[DRIVER_HOOK] = fakeModule(editor, 'new version', starts);
      return true;
    });
    expect(second.connected).toBe(true);
    expect(await second.loadDriver('monaco')).toBe(true);
    expect(starts).toEqual(['codemirror6:real text', 'monaco:new version']);
    expect(w[DRIVER_HOOK]).toBe('codemirror6,monaco');
    expect(await second.request('find', {})).toEqual({ driver: 'monaco', key: 'monaco:doc', text: 'new version' });
    expect(await first.request('find', {})).toEqual({ driver: 'codemirror6', key: 'codemirror6:doc', text: 'real text' });
  });

  it('a failed injection disarms the loader: a module the page hands in afterwards under that id is not taken', async () => {
    await loadLoader();
    const starts: string[] = [];
    const bridge = connectPageBridge(document, new AbortController().signal, async () => false);
    expect(await bridge.loadDriver('monaco')).toBe(false);
    w[DRIVER_HOOK] = fakeModule('monaco', 'the page\'s own', starts);
    expect(starts).toEqual([]);
    expect(await bridge.request('find', {})).toBeNull();
  });
});
