import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApplyResult } from '../../../src/editors/types';
import { applyEdits } from '../../../src/core/fix';
import { outDir } from './support/build';
import { longPost, trackingEdits } from './support/post';

/*
 * The drivers in Firefox (WebDriver BiDi). BiDi gives no content-script world here, so the
 * harness runs in the page world next to main-world.js (the loader): this checks the editors,
 * the protocol and the loading of a driver on demand in Gecko, not the isolation
 * (security.test.ts does that in Chromium). The harness's "inject this driver" call is a
 * function exposed by the test, which evaluates the driver bundle in the page, as executeScript does.
 */
describe('drivers in Firefox', () => {
  const POST = longPost();
  const edits = trackingEdits(POST);
  const cleaned = applyEdits(POST, edits);
  let browser: Browser;
  let scripts: string[];

  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
    scripts = await Promise.all(['main-world.js', 'isolated-harness.js'].map((f) => readFile(resolve(outDir, f), 'utf8')));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(page: string): Promise<Page> {
    const p = await browser.newPage();
    await p.exposeFunction('__preflightInjectDriver', async (editor: string) => {
      const source = await readFile(resolve(outDir, 'page-drivers', `${editor}.js`), 'utf8');
      await p.evaluate(source);
      await p.evaluate((e) => (globalThis as unknown as { harness: { driverInjected(e: string, ok: boolean): void } }).harness.driverInjected(e, true), editor);
    });
    for (const source of scripts) await p.evaluateOnNewDocument(source);
    await p.goto(`${inject('editorsBaseUrl')}/pages/${page}`);
    await p.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true, { timeout: 30_000 });
    return p;
  }
  const run = <T>(p: Page, expression: string) => p.evaluate(expression) as Promise<T>;

  for (const [id, page] of [['codemirror6', 'cm6.html'], ['codemirror5', 'cm5.html'], ['monaco', 'monaco.html']] as const) {
    it(`${id}: its driver loaded on demand; read, clean links, cursor kept, Ctrl+Z, typing`, async () => {
      const p = await open(page);
      expect(await run(p, 'window.__postPreflightDriver')).toBe(''); // the loader, no driver yet
      expect(await run(p, `harness.detect(${JSON.stringify(id)})`)).toEqual({ id, text: POST });
      expect(await run(p, 'window.__postPreflightDriver')).toBe(id);
      const cursor = POST.indexOf('## Part 600');

      await run(p, `window.setEditorSelection(${cursor}, ${cursor})`);
      expect(await run<ApplyResult>(p, `harness.apply(${JSON.stringify(edits)}, ${JSON.stringify(POST)})`)).toEqual({ ok: true, text: cleaned });
      const removed = edits.filter((e) => e.end <= cursor).reduce((n, e) => n + (e.end - e.start - e.text.length), 0);
      expect(await run(p, 'window.editorSelection()')).toEqual([cursor - removed, cursor - removed]);
      expect(await run<number>(p, 'window.hostChanges')).toBeGreaterThan(0);
      await p.keyboard.down('Control');
      await p.keyboard.press('z');
      await p.keyboard.up('Control');
      await p.waitForFunction((post) => (window as unknown as { editorText(): string }).editorText() === post, { timeout: 10_000 }, POST);
      await run(p, `window.setEditorSelection(0, 0)`);
      await p.keyboard.type('Hi ');
      await p.waitForFunction((want) => (globalThis as unknown as { harness: { read(): string } }).harness.read() === want, { timeout: 10_000 }, 'Hi ' + POST);
      await p.close();
    });
  }
});
