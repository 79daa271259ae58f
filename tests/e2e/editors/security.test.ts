import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applyEdits } from '../../../src/core/fix';
import { launch, openEditorPage, until } from './support/browser';
import { longPost, trackingEdits } from './support/post';

/*
 * The page is untrusted. pages/hostile.js runs as the page's first script: it hooks
 * dispatchEvent, addEventListener, CustomEvent#detail, JSON, and getters on Object.prototype,
 * listens to the public handshake names, and forges a handshake, write requests and events. It
 * also installs an `Object.prototype.then` getter and a replaced `Promise.prototype.then` (with
 * `Promise.prototype.constructor` hidden) that swap every editor answer they see for a forgery.
 */
const FAKE = 'deadbeefdeadbeefdeadbeefdeadbeef';

describe('page bridge against a hostile page', () => {
  const POST = longPost();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [id, page] of [['codemirror6', 'cm6.html'], ['monaco', 'monaco.html']] as const) {
    it(`${id}: the page can neither overhear the bridge nor make it write`, async () => {
      const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/${page}?hostile=1`);
      // The hostile script's forgeries ran while the page loaded; attack again now the editor is up.
      await p.main('window.hostileAttack()');
      await new Promise((r) => setTimeout(r, 300));
      expect(await p.main('window.editorText()')).toBe(POST);
      expect(await p.main('window.hostChanges')).toBe(0);

      // The real content-script side is still connected and works.
      expect(await p.iso('harness.connected()')).toBe(true);
      const found = await p.iso<{ id: string; text: string } | null>(`harness.detect(${JSON.stringify(id)})`);
      expect(found).toEqual({ id, text: POST });
      const edits = trackingEdits(POST).slice(0, 5);
      const cleaned = applyEdits(POST, edits);
      // The answer is the editor's real text, not the page's forgery.
      expect(await p.iso(`harness.apply(${JSON.stringify(edits)}, ${JSON.stringify(POST)})`)).toEqual({ ok: true, text: cleaned });
      expect(await p.main('window.editorText()')).toBe(cleaned);
      await p.main('window.setEditorSelection(0, 0)');
      await p.page.keyboard.type('Hi ');
      await until(async () => (await p.iso<string>('harness.read()')) === 'Hi ' + cleaned, 'typing to reach the adapter');
      await p.main('window.hostileAttack()');
      await new Promise((r) => setTimeout(r, 300));

      // Nothing forged reached the content-script side.
      expect(await p.iso('harness.anyChangeContains("FORGED")')).toBe(false);
      expect(await p.iso<string>('harness.readFromPage()')).toBe('Hi ' + cleaned);
      // No page getter or replaced `then` ever saw an answer of the bridge.
      expect(await p.main('window.hostileForgeries')).toBe(0);
      expect(await p.iso('harness.read()')).toBe('Hi ' + cleaned);
      expect(await p.main('window.editorText()')).toBe('Hi ' + cleaned);

      // And the page learned nothing: no secret, no bridge event name, no message.
      const log = await p.main<string[]>('window.hostileLog');
      expect(log.length).toBeGreaterThan(10); // the hooks did run (the editor's own listeners)
      const secrets = new Set(log.flatMap((line) => line.match(/[0-9a-f]{32}/g) ?? []));
      expect([...secrets]).toEqual([FAKE]);
      const bridgeLines = log.filter((line) => line.includes('post-preflight') && !line.includes(FAKE));
      // Only the public names the hostile script itself listened to / dispatched appear.
      for (const line of bridgeLines) expect(line).toMatch(/^(listen|heard) post-preflight:(hello|main-ready)/);
      expect(log.filter((line) => line.startsWith('heard post-preflight:hello')).every((line) => line.includes(FAKE))).toBe(true);
      expect(log.filter((line) => /"kind":"(event|response|request|welcome)"/.test(line) && !line.includes(FAKE))).toEqual([]);
      // Getters on Object.prototype saw no event init dictionary and no message object.
      // Monaco's own completion items ({kind,label,insertText,range,…}, when its suggest widget
      // opens on the typing above, depending on timing) are the editor's objects, not the bridge's.
      const monacoCompletion = (keys: string) => /\blabel\b/.test(keys) && /\binsertText\b/.test(keys);
      const protoSeen = log
        .filter((line) => line.startsWith('proto-get'))
        .map((line) => line.split(' ').slice(2).join(' '))
        .filter((keys) => !monacoCompletion(keys));
      expect(protoSeen.filter((keys) => /\b(kind|detail|id|request|expected|edits)\b/.test(keys))).toEqual([]);
      expect(log.filter((line) => line.startsWith('then-get') || line.startsWith('promise-value'))).toEqual([]);
      await p.close();
    });
  }

  /** Page code: a fake driver module for `id` that reports FAKE text and records what it was given. */
  const FAKE_MODULE = (id: string) => `({ id: ${JSON.stringify(id)}, start(gifts) {
    window.fakeStarts = (window.fakeStarts || 0) + 1;
    window.fakeGiftKeys = Object.keys(gifts).concat(Object.keys(gifts.builtins || {}));
    window.fakeGiftStrings = Object.values(gifts.builtins || {}).filter((v) => typeof v === 'string');
    // One driver object for the page's life, as real drivers keep theirs: the loader re-finds the
    // editor on every DOM change and takes a new object for another editor (then the panel's
    // adapter is lost and a fix is refused as stale, which under load made this test flaky).
    const driver = { id: ${JSON.stringify(id)}, key: () => 'fake', read: () => 'FAKE TEXT',
      subscribe() {}, apply: async (edits, expected) => (window.fakeApplied = edits.length, { ok: true, text: 'FAKE' }) };
    return { id: ${JSON.stringify(id)}, find: () => driver };
  } })`;

  it('the driver hook: a page assigning a fake driver before or after the real one is ignored, and cannot remove, redefine or read the hook', async () => {
    const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/cm6.html?hostile=1`);
    const tries = await p.main<Record<string, unknown>>(`(() => {
      const out = {};
      window.__postPreflightDriver = ${FAKE_MODULE('codemirror6')};
      window.__postPreflightDriver = ${FAKE_MODULE('monaco')};
      out.deleted = delete window.__postPreflightDriver;
      try { Object.defineProperty(window, '__postPreflightDriver', { value: 1 }); out.redefined = true; } catch { out.redefined = false; }
      out.read = window.__postPreflightDriver;
      return out;
    })()`);
    expect(tries).toEqual({ deleted: false, redefined: false, read: '' });
    // Not armed: ignored. The real driver is then injected and found, with the real text.
    expect(await p.iso('harness.detect("codemirror6")')).toEqual({ id: 'codemirror6', text: longPost() });
    expect(await p.main('window.__postPreflightDriver')).toBe('codemirror6');
    // After it arrived: ignored too (once per editor).
    await p.main(`window.__postPreflightDriver = ${FAKE_MODULE('codemirror6')}`);
    expect(await p.iso('harness.readFromPage()')).toBe(longPost());
    expect(await p.main('window.fakeStarts')).toBeUndefined();
    expect(await p.main('window.__postPreflightDriver')).toBe('codemirror6');
    // Arming went over the secret channel: the page heard no secret and no request.
    const log = await p.main<string[]>('window.hostileLog');
    expect([...new Set(log.flatMap((line) => line.match(/[0-9a-f]{32}/g) ?? []))]).toEqual([FAKE]);
    expect(log.filter((line) => /"(request|kind)":"(arm|request)"/.test(line) && !line.includes(FAKE))).toEqual([]);
    await p.close();
  });

  it('the driver hook: a page script that wins the race between arming and injection gets nothing it did not have', async () => {
    // The page's script runs right before the real bundle, while the loader is armed for CodeMirror 6.
    const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/cm6.html?hostile=1`, {
      beforeInject: (editor) => `window.__postPreflightDriver = ${FAKE_MODULE(editor)}`,
    });
    // Its fake is taken for that editor and the real driver refused (once per id): the panel
    // would show what the page says its own editor holds, which the page could type there anyway.
    expect(await p.iso('harness.detect("codemirror6")')).toEqual({ id: 'codemirror6', text: 'FAKE TEXT' });
    expect(await p.main('window.fakeStarts')).toBe(1);
    expect(await p.main('window.__postPreflightDriver')).toBe('codemirror6');
    // What it was handed: the page's own original built-ins, no string of ours (no secret).
    expect(await p.main('window.fakeGiftKeys')).toEqual(expect.arrayContaining(['builtins', 'codeEditorService', 'dispatchEvent']));
    expect(await p.main('window.fakeGiftStrings')).toEqual([]);
    // Fixes go to the page's fake, never around it into anything else; the real editor is untouched.
    // A DOM change makes the loader find the editor again: the page's driver object is the same one, so nothing is lost.
    await p.main('document.body.appendChild(document.createElement("div"))');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await p.iso(`harness.apply([{ start: 0, end: 3, text: '' }], 'FAKE TEXT')`)).toMatchObject({ ok: true });
    expect(await p.main('window.fakeApplied')).toBe(1);
    expect(await p.main('window.editorText()')).toBe(longPost());
    const log = await p.main<string[]>('window.hostileLog');
    expect([...new Set(log.flatMap((line) => line.match(/[0-9a-f]{32}/g) ?? []))]).toEqual([FAKE]);
    await p.close();
  });
});
