import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applyEdits } from '../../../src/core/fix';
import { launch, openEditorPage } from './support/browser';
import { longPost, trackingEdits } from './support/post';

/* Monaco as hosts embed it: bundled without the `monaco` global, or as a diff view. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('monaco without a global: found through the code-editor service caught at document_start', async () => {
  const POST = longPost();
  const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/monaco.html?noglobal=1`);
  expect(await p.main('typeof window.monaco')).toBe('undefined');
  expect(await p.main('Map.prototype.set.toString().includes("[native code]")')).toBe(true); // hook removed
  expect(await p.iso('harness.detect("monaco")')).toEqual({ id: 'monaco', text: POST });
  const edits = trackingEdits(POST).slice(0, 10);
  expect(await p.iso(`harness.apply(${JSON.stringify(edits)}, ${JSON.stringify(POST)})`)).toEqual({ ok: true, text: applyEdits(POST, edits) });
  expect(await p.main('window.editorText()')).toBe(applyEdits(POST, edits));
  await p.close();
});

it('monaco diff view: the editable, modified side is the post', async () => {
  const POST = longPost();
  const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/monaco.html?diff=1`);
  expect(await p.main('monaco.editor.getEditors().length')).toBe(2);
  expect(await p.iso('harness.detect("monaco")')).toEqual({ id: 'monaco', text: POST });
  const edits = trackingEdits(POST).slice(0, 3);
  expect(await p.iso(`harness.apply(${JSON.stringify(edits)}, ${JSON.stringify(POST)})`)).toEqual({ ok: true, text: applyEdits(POST, edits) });
  await p.close();
});
