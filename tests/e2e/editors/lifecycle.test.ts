import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openEditorPage, until, type EditorPage } from './support/browser';
import { longPost } from './support/post';

/* The MAIN world follows the host: another file in the same editor, the editor closed, a new one. */
type Ev = { name: string; driver: string; key: string; length?: number };
const OTHER = '---\ntitle: Another post\n---\nSomething else entirely.\n';

describe('editor lifecycle through the page bridge', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const events = (p: EditorPage) => p.iso<Ev[]>('harness.events()');

  for (const [id, page] of [['codemirror6', 'cm6.html'], ['codemirror5', 'cm5.html'], ['monaco', 'monaco.html']] as const) {
    it(`${id}: opening another file starts over with a new key, and the old adapter is retired`, async () => {
      const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/${page}`);
      expect(await p.iso(`harness.detect(${JSON.stringify(id)})`)).toMatchObject({ id, text: longPost() });
      const [first] = await events(p);
      expect(first).toMatchObject({ name: 'editor-found', driver: id });
      await p.main(`window.openOtherFile(${JSON.stringify(OTHER)})`);
      await until(async () => (await events(p)).some((e) => e.name === 'editor-found' && e.key !== first!.key), 'a new editor-found');
      const next = (await events(p)).find((e) => e.name === 'editor-found' && e.key !== first!.key)!;
      expect(next).toMatchObject({ driver: id, length: OTHER.length });
      expect(await p.iso('harness.lost()')).toBe(true);
      // The retired adapter keeps nothing of the new file and refuses to write into it.
      expect(await p.iso('harness.read()')).toBe(longPost());
      expect(await p.iso(`harness.apply([{start:0,end:3,text:''}], ${JSON.stringify(longPost())})`)).toMatchObject({ ok: false, reason: 'stale' });
      expect(await p.main('window.editorText()')).toBe(OTHER);

      // A fresh detection sees the new file and follows typing in it (the listener was re-attached).
      expect(await p.iso(`harness.detect(${JSON.stringify(id)})`)).toEqual({ id, text: OTHER });
      await p.main(`window.setEditorSelection(${OTHER.length - 2}, ${OTHER.length - 2})`);
      await p.page.keyboard.type(' Yes');
      await until(async () => (await p.iso<string | undefined>('harness.lastChange()'))?.includes('entirely Yes.') === true, 'typing in the new file');
      await p.close();
    });
  }

  it('codemirror6: a closed editor is reported lost, a new one found', async () => {
    const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/cm6.html`);
    await p.iso('harness.detect("codemirror6")');
    await p.main('window.closeEditor()');
    await until(async () => (await events(p)).some((e) => e.name === 'editor-lost'), 'editor-lost');
    expect(await p.iso('harness.lost()')).toBe(true);
    expect(await p.iso('harness.detect("codemirror6")')).toBeNull();
    await p.main(`window.openEditor(${JSON.stringify(OTHER)})`);
    await until(async () => (await events(p)).filter((e) => e.name === 'editor-found').length === 2, 'the new editor');
    expect(await p.iso('harness.detect("codemirror6")')).toEqual({ id: 'codemirror6', text: OTHER });
    await p.close();
  });
});
