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
      expect(await p.iso('harness.undo()')).toBe(false); // typing came after the fix: nothing to undo
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
});
