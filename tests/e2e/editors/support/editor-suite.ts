import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ApplyResult } from '../../../../src/editors/types';
import type { TextEdit } from '../../../../src/core/types';
import { applyEdits } from '../../../../src/core/fix';
import { launch, openEditorPage, until, type EditorPage } from './browser';
import { longPost, trackingEdits } from './post';

/** The same proofs for every whole-file editor; `page` is the test page, `id` the adapter/driver id. */
export function describeEditor(id: string, page: string): void {
  describe(`${id} through the page bridge`, () => {
    const POST = longPost();
    const edits = trackingEdits(POST);
    const cleaned = applyEdits(POST, edits);
    let browser: Browser;
    const open: EditorPage[] = [];

    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function openPage(query = ''): Promise<EditorPage> {
      const p = await openEditorPage(browser, `${inject('editorsBaseUrl')}/pages/${page}${query}`);
      open.push(p);
      const found = await p.iso<{ id: string; text: string } | null>(`harness.detect(${JSON.stringify(id)})`);
      expect(found?.id).toBe(id);
      expect(p.injected()).toEqual([id]); // its driver was loaded on demand, once
      return p;
    }
    const editorText = (p: EditorPage) => p.main<string>('window.editorText()');
    const selection = (p: EditorPage) => p.main<[number, number]>('window.editorSelection()');
    const hostChanges = (p: EditorPage) => p.main<number>('window.hostChanges');
    const apply = (p: EditorPage, e: TextEdit[], expected: string) =>
      p.iso<ApplyResult>(`harness.apply(${JSON.stringify(e)}, ${JSON.stringify(expected)})`);
    const setCursor = (p: EditorPage, at: number) => p.main(`window.setEditorSelection(${at}, ${at})`);

    it('reads the whole 3,000-line post from the editor state, although only a few lines are rendered', async () => {
      const p = await openPage();
      const text = await p.iso<string>('harness.read()');
      expect(text).toBe(POST);
      expect(text.split('\n').length).toBe(3001);
      const rendered = await p.main<number>('window.renderedLines()');
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(200);
      await p.close();
    });

    it('cleans the tracking links: exactly those bytes change, the cursor stays, the host hears it, one Ctrl+Z restores the original', async () => {
      const p = await openPage();
      expect(edits.length).toBeGreaterThan(1000);
      const cursor = POST.indexOf('## Part 600');
      expect(cursor).toBeGreaterThan(0);
      await setCursor(p, cursor);
      const hostBefore = await hostChanges(p);

      const timed = await p.iso<{ result: ApplyResult; applyMs: number; readMs: number }>(
        `harness.timed(${JSON.stringify(edits)}, ${JSON.stringify(POST)})`,
      );
      console.log(`[figures] ${id}: ${edits.length} link edits on ${POST.length} chars applied in ${timed.applyMs.toFixed(1)} ms (bridge round trip included); whole-text read over the bridge ${timed.readMs.toFixed(1)} ms`);
      const result = timed.result;
      expect(result).toEqual({ ok: true, text: cleaned });
      expect(await editorText(p)).toBe(cleaned);
      expect(await p.iso<string>('harness.read()')).toBe(cleaned);
      // The caret moved left by exactly the bytes removed before it.
      const removedBefore = edits.filter((e) => e.end <= cursor).reduce((n, e) => n + (e.end - e.start - e.text.length), 0);
      expect(removedBefore).toBeGreaterThan(0);
      expect(await selection(p)).toEqual([cursor - removedBefore, cursor - removedBefore]);
      expect(await hostChanges(p)).toBeGreaterThan(hostBefore);

      await p.page.keyboard.press('Control+z');
      await until(async () => (await editorText(p)) === POST, 'Ctrl+Z to restore the original');
      expect(await editorText(p)).toBe(POST);
      await until(async () => (await p.iso<string>('harness.read()')) === POST, 'the adapter to hear the undo');
      await p.close();
    });

    it('follows real typing with change events carrying the new text', async () => {
      const p = await openPage();
      const at = POST.indexOf('Plain prose line 40,');
      expect(at).toBeGreaterThan(0);
      await setCursor(p, at);
      const typed = 'Typed by hand. ';
      await p.page.keyboard.type(typed, { delay: 5 });
      const want = POST.slice(0, at) + typed + POST.slice(at);
      await until(async () => (await p.iso<string | undefined>('harness.lastChange()')) === want, 'the typed text in a change event');
      expect(await p.iso<number>('harness.changeCount()')).toBeGreaterThan(1); // one per keystroke burst, not one in the end
      const lag = await p.iso<number | null>('harness.keyToChangeMs()');
      console.log(`[figures] ${id}: keydown → adapter has the new text (3,000-line post), median ${lag?.toFixed(1)} ms`);
      expect(await p.iso<string>('harness.read()')).toBe(want);

      // An edit made against the text before typing is stale: refused, nothing written.
      const stale = await apply(p, edits, POST);
      expect(stale).toMatchObject({ ok: false, reason: 'stale' });
      expect(await editorText(p)).toBe(want);
      await p.close();
    });

    it('reveals a range: selects it and scrolls it into view', async () => {
      const p = await openPage();
      const start = POST.lastIndexOf('Plain prose line');
      const target = POST.slice(start, POST.indexOf(',', start));
      expect(POST.slice(0, start).split('\n').length).toBeGreaterThan(2500);
      expect(await p.main<string>('window.renderedText()')).not.toContain(target);
      await p.iso(`harness.reveal(${start}, ${start + target.length})`);
      await until(async () => (await p.main<string>('window.renderedText()')).includes(target), 'the revealed line to be rendered');
      expect(await selection(p)).toEqual([start, start + target.length]);
      await p.close();
    });

    it('refuses to write into a read-only editor', async () => {
      const p = await openPage('?readonly=1');
      expect(await apply(p, edits, POST)).toMatchObject({ ok: false, reason: 'read-only' });
      expect(await editorText(p)).toBe(POST);
      expect(await hostChanges(p)).toBe(0);
      await p.close();
    });
  });
}
