// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findEditor } from '../../../src/content/detect';
import type { AdapterDefinition, EditorAdapter } from '../../../src/editors/types';

const fakeAdapter = (id: string): EditorAdapter => ({ id, read: () => '', subscribe: () => undefined, apply: async () => ({ ok: true, text: '' }) });
const byMarker = (id: string, selector: string): AdapterDefinition => ({ id, detect: async (doc) => (doc.querySelector(selector) ? fakeAdapter(id) : undefined) });

describe('findEditor', () => {
  it('finds an editor that appears late even while the page mutates constantly', async () => {
    document.body.innerHTML = '<output id="clock"></output>';
    const clock = setInterval(() => (document.getElementById('clock')!.textContent = String(Date.now())), 50);
    setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { className: 'editor' })), 300);
    const ac = new AbortController();
    const found = await findEditor(document, [byMarker('late', '.editor')], ac.signal);
    clearInterval(clock);
    ac.abort();
    expect(found.id).toBe('late');
  });

  it('takes the first adapter in registry order that finds an editor', async () => {
    document.body.innerHTML = '<div class="a"></div><div class="b"></div>';
    const ac = new AbortController();
    const found = await findEditor(document, [byMarker('none', '.missing'), byMarker('b', '.b'), byMarker('a', '.a')], ac.signal);
    ac.abort();
    expect(found.id).toBe('b');
  });

  it('stops looking once aborted', async () => {
    document.body.innerHTML = '';
    const ac = new AbortController();
    let calls = 0;
    const counting: AdapterDefinition = { id: 'c', detect: async () => (calls++, undefined) };
    void findEditor(document, [counting], ac.signal);
    await new Promise((r) => setTimeout(r, 50));
    ac.abort();
    const after = calls;
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 1300));
    expect(calls).toBe(after);
  });
});
