import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openEditorPage } from './support/browser';
import { longPost } from './support/post';

/*
 * Issue 14 item 3: the page-world script every matching page runs is the loader alone; an
 * editor's driver is injected only once the content script saw that editor (its signature,
 * src/editors/<id>/signature.ts). Seen here with the content script's real detection pass
 * (every adapter of the registry) and injection the way the background does it.
 */
describe('editor drivers only where their editor is', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a page without a supported editor gets no driver; one appearing later gets its own', async () => {
    const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/plain.html`);
    // The loader is there (its hook), and answers that no driver was handed over.
    expect(await p.main('Object.getOwnPropertyDescriptor(window, "__postPreflightDriver")?.configurable')).toBe(false);
    for (let pass = 0; pass < 3; pass++) expect(await p.iso('harness.detectAny()')).toBeNull();
    expect(p.injected()).toEqual([]);
    expect(await p.main('window.__postPreflightDriver')).toBe('');

    // Something with CodeMirror 5's signature appears: its driver (only) is injected, once.
    await p.main('document.getElementById("later").className = "CodeMirror"');
    expect(await p.iso('harness.detectAny()')).toBeNull(); // no editor object behind it
    expect(await p.iso('harness.detectAny()')).toBeNull();
    expect(p.injected()).toEqual(['codemirror5']);
    expect(await p.main('window.__postPreflightDriver')).toBe('codemirror5');
    await p.close();
  });

  for (const [id, page] of [['codemirror6', 'cm6.html'], ['codemirror5', 'cm5.html'], ['monaco', 'monaco.html']] as const) {
    it(`${id}: the detection pass loads that driver alone, and finds the editor`, async () => {
      const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/${page}`);
      expect(await p.iso('harness.detectAny()')).toBe(id);
      expect(p.injected()).toEqual([id]);
      expect(await p.main('window.__postPreflightDriver')).toBe(id);
      expect(await p.iso('harness.readFromPage()')).toBe(longPost());
      await p.close();
    });
  }
});
