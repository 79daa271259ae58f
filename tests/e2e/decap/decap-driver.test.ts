import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { startSite, type SiteServer } from './support/server';
import {
  POST_A, POST_B, POST_C, POST_KEPT, apply, bodyEditable, bodySelection, key, launchChromium, navigate, openDecap, openEntry, placeCaretAfter, publishNow, read,
  replaceOnce, reveal, savedFile, scrollOffsets, selectInBody, schemaFields, slateLinkUrls, toggleMarkdownMode, typeInBodyAfter, typeInTitle, panelUndo, waitForRead,
} from './support/decap-page';
import { undoStep } from '../../../src/panel/undo';

let site: SiteServer;
let browser: Browser;
let page: Page;
/** The seeded file of post A, as the test-repo backend holds it before any save. */
let seedA: string;

// Fits on one YAML line (Decap's writer folds strings past 80 columns).
const NEW_DESCRIPTION = 'Bulbs by the north fence, a planting guide, a compost video.';
const TRACKED_GUIDE = 'https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2';
const CLEAN_GUIDE = 'https://example.org/guide?page=2';
const TRACKED_VIDEO = 'https://youtu.be/abc123XYZ?si=Qw3rTy';
const CLEAN_VIDEO = 'https://youtu.be/abc123XYZ';

/**
 * The fixes of post C (seed-swap) as the panel sends them: the pasted zero-width space
 * (pasted-artifacts), the `###` one level too deep (heading-increment: the `#` run only) and the
 * link's tracking parameters (Clean links).
 */
function fixesOfC(text: string) {
  const heading = replaceOnce(text, '### What', '##');
  heading.end = heading.start + 3;
  return [replaceOnce(text, '\u200b', ''), heading, replaceOnce(text, 'utm_source=newsletter&utm_campaign=swap&', '')];
}
const fixedC = (seed: string) =>
  seed.replace('\u200b', '').replace('### What', '## What').replace('utm_source=newsletter&utm_campaign=swap&', '');

/** The edits the panel's "Clean links" and "Use this" would send, made against `text`. */
function panelEdits(text: string) {
  return [
    replaceOnce(text, 'utm_source=newsletter&utm_medium=email&', ''),
    replaceOnce(text, '?si=Qw3rTy', ''),
    replaceOnce(text, 'description: Short news.', `description: ${NEW_DESCRIPTION}`),
  ];
}

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  page = await openDecap(browser, site.origin);
  seedA = await savedFile(page, POST_A);
});
afterEach(async () => {
  await page?.close();
});

describe('Decap driver in a real Decap CMS 3', () => {
  it('reads the open entry as one markdown file equal to the saved file', async () => {
    await openEntry(page, POST_A);
    expect(await key(page)).toBe(`blog/${POST_A}`);
    // Both ways to the store agree: the document_start devtools-compose hook and the fiber walk.
    expect(await page.evaluate(() => window.__decapHarness.sameStoreBothWays())).toBe(true);
    const text = await read(page);
    // Fields in config order, nested seo, list, boolean, date, then the body as stored.
    expect(text).toBe(seedA);
    expect(await read(page)).toBe(text);
    // Figures, not assertions: the cost of one read() on a fresh draft value and on an unchanged one.
    const figures = await page.evaluate(() => {
      const d = window.__decapHarness.find()!;
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) d.read();
      const cached = (performance.now() - t0) / 200;
      return { cachedMs: cached };
    });
    console.log(`[decap] read() on an unchanged draft: ${figures.cachedMs.toFixed(3)} ms`);
  });

  it('baseline: Decap re-serializes the file on save, yet changes nothing but what the user typed', async () => {
    // Decap writes the whole file again on save (its YAML stringifier, its Slate → markdown
    // serializer). The seed is written in that same form, so a save of user typing alone
    // differs from the seed exactly by the typing: any other difference in the driver tests
    // then comes from the driver's edits. (Decap won't publish untouched or invalid entries,
    // hence the typing, and the description is made long enough for its pattern.)
    await openEntry(page, POST_A);
    await typeInTitle(page, ' x');
    await page.locator('textarea[id^="description-field"]').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Bulbs, compost and a new planting guide.', { delay: 5 });
    await typeInBodyAfter(page, 'north fence', ' Tulips next.');
    const expected = seedA
      .replace('title: November newsletter\n', 'title: November newsletter x\n')
      .replace('description: Short news.', 'description: Short news. Bulbs, compost and a new planting guide.')
      .replace('north fence.', 'north fence. Tulips next.');
    expect(await waitForRead(page, (t) => t === expected)).toBe(expected);
    expect(await publishNow(page, POST_A)).toBe(expected);
  });

  it('follows typing, applies fixes to the form, and the fixes survive more typing in rich-text and markdown mode', async () => {
    await openEntry(page, POST_A);
    await page.evaluate(() => window.__decapHarness.watch());

    await typeInTitle(page, ' 2026');
    let text = await waitForRead(page, (t) => t.includes('title: November newsletter 2026\n'));
    expect(await page.locator('input[id^="title-field"]').first().inputValue()).toBe('November newsletter 2026');
    expect(text).toContain('title: November newsletter 2026\n');
    await typeInBodyAfter(page, 'north fence', ' Tulips next.');
    text = await waitForRead(page, (t) => t.includes('north fence. Tulips next.\n\n'));
    expect(text).toContain('north fence. Tulips next.\n\n');
    const events = await page.evaluate(() => window.__decapHarness.events);
    expect(events.length).toBeGreaterThanOrEqual(' 2026 Tulips next.'.length);
    expect(events.at(-1)).toBe(text);
    // Only text changes are reported: no two consecutive events carry the same text.
    expect(events.every((t, i) => i === 0 || t !== events[i - 1])).toBe(true);

    const result = await apply(page, panelEdits(text), text);
    expect(result).toEqual({ ok: true, text: applyEdits(text, panelEdits(text)) });
    // The form shows the fixes.
    await expect.poll(() => page.locator('textarea[id^="description-field"]').inputValue()).toBe(NEW_DESCRIPTION);
    expect(await slateLinkUrls(page)).toEqual([CLEAN_GUIDE, CLEAN_VIDEO]);

    // More typing, rich text, then markdown mode.
    await typeInBodyAfter(page, 'missed the workshop', ' See you soon.');
    await toggleMarkdownMode(page);
    await typeInBodyAfter(page, 'Tulips next.', ' Bring gloves.');
    text = await waitForRead(page, (t) => t.includes('Bring gloves.'));

    const expected = seedA
      .replace('title: November newsletter\n', 'title: November newsletter 2026\n')
      .replace('description: Short news.', `description: ${NEW_DESCRIPTION}`)
      .replace(TRACKED_GUIDE, CLEAN_GUIDE)
      .replace(TRACKED_VIDEO, CLEAN_VIDEO)
      .replace('north fence.', 'north fence. Tulips next. Bring gloves.')
      .replace('missed the workshop.', 'missed the workshop. See you soon.');
    expect(text).toBe(expected);
    const saved = await publishNow(page, POST_A);
    expect(saved).toBe(expected);
    await page.evaluate(() => window.__decapHarness.unwatch());
  });

  it('a body fix applied in markdown mode survives typing in markdown mode', async () => {
    await openEntry(page, POST_A);
    await toggleMarkdownMode(page);
    const text = await read(page);
    const edits = [replaceOnce(text, '?si=Qw3rTy', ''), replaceOnce(text, 'Short news.', NEW_DESCRIPTION)];
    expect(await apply(page, edits, text)).toMatchObject({ ok: true });
    // Still markdown mode, and the source line shows the clean link.
    await expect.poll(() => page.locator('[data-slate-editor="true"]').innerText()).toContain(`[compost video](${CLEAN_VIDEO})`);
    await typeInBodyAfter(page, 'compost video', ' Ask Robin.');
    const after = await waitForRead(page, (t) => t.includes('Ask Robin.'));
    expect(after).toBe(
      seedA.replace('Short news.', NEW_DESCRIPTION).replace(TRACKED_VIDEO, CLEAN_VIDEO).replace('missed the workshop.', 'missed the workshop. Ask Robin.'),
    );
    expect(await publishNow(page, POST_A)).toBe(after);
  });

  it('refuses stale edits and changes nothing', async () => {
    await openEntry(page, POST_A);
    const text = await read(page);
    const edits = panelEdits(text);
    await typeInTitle(page, '!');
    await waitForRead(page, (t) => t !== text);
    const before = await read(page);
    const result = await apply(page, edits, text);
    expect(result).toMatchObject({ ok: false, reason: 'stale' });
    expect(await read(page)).toBe(before);
  });

  it("the panel's Undo (the fix's inverse, applied like any fix) puts the previous values back in the form", async () => {
    await openEntry(page, POST_A);
    const text = await read(page);
    const edits = panelEdits(text);
    const result = await apply(page, edits, text);
    expect(result).toMatchObject({ ok: true });
    const after = (result as { text: string }).text;
    expect(after).not.toBe(text);
    expect(await panelUndo(page, text, edits, after)).toEqual({ ok: true, text });
    expect(await read(page)).toBe(text);
    await expect.poll(() => page.locator('textarea[id^="description-field"]').inputValue()).toBe('Short news.');
    expect(await slateLinkUrls(page)).toEqual([TRACKED_GUIDE, TRACKED_VIDEO]);
    // Once undone, the same step is stale: refused, nothing changed.
    expect(await panelUndo(page, text, edits, after)).toMatchObject({ ok: false, reason: 'stale' });
    expect(await read(page)).toBe(text);
  });

  it('writes a boolean through its switch (the widget keeps its own state) and undoes it', async () => {
    await openEntry(page, POST_A);
    const toggle = page.locator('button[role="switch"][id^="hidePost-field"]');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    const text = await read(page);
    const edit = [replaceOnce(text, 'hidePost: false', 'hidePost: true')];
    const after = text.replace('hidePost: false', 'hidePost: true');
    expect(await apply(page, edit, text)).toEqual({ ok: true, text: after });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await panelUndo(page, text, edit, after)).toEqual({ ok: true, text });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await read(page)).toBe(text);
  });

  it('writes a list field and the list widget shows it', async () => {
    await openEntry(page, POST_A);
    const text = await read(page);
    const edits = [replaceOnce(text, '  - garden\n', '  - garden\n  - bulbs\n')];
    expect(await apply(page, edits, text)).toEqual({ ok: true, text: applyEdits(text, edits) });
    const tags = page.locator('input[id^="tags-field"]');
    await expect.poll(() => tags.inputValue()).toBe('newsletter, garden, bulbs');
    // The widget goes on from the new list when the user types in it.
    await tags.click();
    await page.keyboard.press('End');
    // (Decap's list input trims as you type: a comma then a space collapses, so type the comma alone.)
    await page.keyboard.type(',frost', { delay: 10 });
    expect(await waitForRead(page, (t) => t.includes('  - frost\n'))).toBe(applyEdits(text, edits).replace('  - bulbs\n', '  - bulbs\n  - frost\n'));
  });

  it('follows in-app navigation: A, then B, then a new entry; leaving the editor ends the driver', async () => {
    await openEntry(page, POST_A);
    await page.evaluate(() => {
      (window as unknown as { noReload: boolean }).noReload = true;
      window.__decapHarness.watch();
    });
    await navigate(page, '#/collections/blog');
    await page.getByText('October recap').click();
    await page.waitForFunction((k) => window.__decapHarness.find()?.key() === k, `blog/${POST_B}`);
    const b = await read(page);
    expect(b).toBe(await savedFile(page, POST_B));
    for (const fromA of ['November', 'Robin', 'north fence', 'utm_source']) expect(b).not.toContain(fromA);
    const events = await page.evaluate(() => window.__decapHarness.events);
    expect(events.at(-1)).toBe(b);

    await navigate(page, '#/collections/blog/new');
    await page.waitForFunction(() => window.__decapHarness.find()?.key() === 'blog/(new)');
    expect(await read(page)).not.toContain('October');

    await page.evaluate(() => ((window as unknown as { held: unknown }).held = window.__decapHarness.find()));
    await navigate(page, '#/collections/blog');
    await page.waitForFunction(() => window.__decapHarness.find() === undefined);
    // A driver still held by someone reads nothing and writes nothing once the editor is gone.
    const held = await page.evaluate(async () => {
      const d = (window as unknown as { held: import('../../../src/page/driver').PageDriver }).held;
      return { key: d.key(), text: d.read(), apply: await d.apply([{ start: 0, end: 0, text: 'x' }], '') };
    });
    expect(held).toMatchObject({ key: '', text: '', apply: { ok: false, reason: 'unsupported' } });
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  });

  it('derives the schema from config.yml: types, required, pattern, list limits, no hidden fields', async () => {
    await openEntry(page, POST_A);
    const fields = await schemaFields(page);
    const get = (p: string) => fields?.find((f) => f.path === p);
    expect(get('seo.description')).toEqual({
      path: 'seo.description', type: 'text', required: true, label: 'Meta description',
      pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters for the meta description.',
    });
    expect(get('author')).toMatchObject({ type: 'string', required: true });
    expect(get('seo.title')).toMatchObject({ required: false });
    expect(get('hidePost')).toMatchObject({ type: 'boolean', required: false });
    expect(get('date')).toMatchObject({ type: 'date' });
    expect(get('tags')).toMatchObject({ type: 'list', min: 1, max: 5 });
    expect(get('internal')).toBeUndefined();
    expect(get('body')).toBeUndefined();
    const config = await readFile(resolve(import.meta.dirname, '../../../src/editors/decap/site/admin/config.yml'), 'utf8');
    expect(config).toContain(get('seo.description')!.pattern!);
  });

  for (const mode of ['rich text', 'markdown'] as const) {
    it(`a body fix keeps the user's place (${mode} mode): no remount, caret or selection and scroll kept, typing right after lands there`, async () => {
      // Short enough that the form scrolls: the body is below its fold.
      await page.setViewportSize({ width: 1280, height: 600 });
      const seed = await savedFile(page, POST_C);
      await openEntry(page, POST_C);
      if (mode === 'markdown') await toggleMarkdownMode(page);
      await page.evaluate(() => window.__decapHarness.watch());
      // Rich text: the caret just after the pasted zero-width space the fix removes. Markdown
      // mode: a selection, after it in the same line.
      if (mode === 'rich text') await placeCaretAfter(page, 'ten\u200b on Saturday');
      else await selectInBody(page, 'library hall');
      const scrolled = await scrollOffsets(page);
      expect(Math.max(...scrolled)).toBeGreaterThan(0);
      const editable = await bodyEditable(page);
      const text = await read(page);
      expect(await apply(page, fixesOfC(text), text)).toEqual({ ok: true, text: applyEdits(text, fixesOfC(text)) });
      // The same editor element: the widget was not remounted.
      expect(await editable!.evaluate((el) => el.isConnected && el === document.querySelector('[data-slate-editor="true"]'))).toBe(true);
      const place = await bodySelection(page);
      expect(place).toMatchObject({ inEditor: true, focused: true, selected: mode === 'rich text' ? '' : 'library hall' });
      expect(place.before.endsWith(mode === 'rich text' ? 'The seed swap opens at ten on Saturday' : 'on Saturday in the ')).toBe(true);
      expect(await scrollOffsets(page)).toEqual(scrolled);
      await page.keyboard.type(mode === 'rich text' ? ' morning' : 'reading room', { delay: 10 });
      const expected = mode === 'rich text' ? fixedC(seed).replace('on Saturday in', 'on Saturday morning in') : fixedC(seed).replace('library hall', 'reading room');
      expect(await waitForRead(page, (t) => t.includes(mode === 'rich text' ? 'morning' : 'reading room'))).toBe(expected);
      expect(await publishNow(page, POST_C)).toBe(expected);
      await page.evaluate(() => window.__decapHarness.unwatch());
    });
  }

  it('an edit the widget can’t take directly remounts it (fallback), and the caret comes back to its text', async () => {
    const seed = await savedFile(page, POST_C);
    await openEntry(page, POST_C);
    await page.evaluate(() => window.__decapHarness.watch());
    await placeCaretAfter(page, 'close at');
    const editable = await bodyEditable(page);
    const text = await read(page);
    // A new block before everything: not a change inside a leaf, an address or a heading level.
    const at = text.indexOf('The seed swap');
    const edits = [{ start: at, end: at, text: 'Updated on Friday.\n\n' }];
    expect(await apply(page, edits, text)).toMatchObject({ ok: true });
    expect(await editable!.evaluate((el) => el.isConnected)).toBe(false);
    const place = await bodySelection(page);
    expect(place).toMatchObject({ inEditor: true, focused: true, selected: '' });
    expect(place.before.endsWith('on Saturday in the library hall, and we close at')).toBe(true);
    await page.keyboard.type(' half past', { delay: 10 });
    expect(await waitForRead(page, (t) => t.includes('half past'))).toBe(applyEdits(seed, edits).replace('close at one', 'close at half past one'));
    await page.evaluate(() => window.__decapHarness.unwatch());
  });

  it('writes a post with keys config.yml does not list: they keep their types, and one of them can be written and is published', async () => {
    const seed = await savedFile(page, POST_KEPT);
    await openEntry(page, POST_KEPT);
    const text = await read(page);
    expect(text).toBe(seed);
    // A listed field: `weight: 3` and `draft: false` must not be read back as strings and written to fields Decap has no widget for.
    const listed = replaceOnce(text, 'the old apple', 'the six apple');
    const first = await apply(page, [listed], text);
    expect(first).toEqual({ ok: true, text: text.replace('the old apple', 'the six apple') });
    // A key the collection does not list ("Use this" into `og.description`): written into the entry, kept on save.
    const now = (first as { text: string }).text;
    const kept = replaceOnce(now, 'Pruning the orchard.', 'How and when we prune the old apple trees, and what to bring.');
    const second = await apply(page, [kept], now);
    const expected = now.replace('Pruning the orchard.', 'How and when we prune the old apple trees, and what to bring.');
    expect(second).toEqual({ ok: true, text: expected });
    // Decap's save sorts keys with a comparison that leaves unlisted keys where its map's order put them: the same data, the same body.
    const saved = await publishNow(page, POST_KEPT);
    const [a, b] = [parseFrontmatter(saved), parseFrontmatter(expected)];
    expect(a.data).toEqual(b.data);
    expect(a.data).toMatchObject({ draft: false, weight: 3, og: { description: 'How and when we prune the old apple trees, and what to bring.' } });
    expect(saved.slice(a.end)).toBe(expected.slice(b.end));
  });

  it('the Undo of "Use this" on a post without the field leaves the key unset (null, as Decap saves it), not an empty text', async () => {
    await navigate(page, '#/collections/pages/entries/opening-hours');
    await page.waitForFunction(() => window.__decapHarness.find()?.key() === 'pages/opening-hours');
    const text = await read(page);
    expect(text).toBe('---\ntitle: Opening hours\n---\nThe library hall opens at nine on meeting days.\n');
    const close = text.indexOf('---\n', 4);
    const use = [{ start: close, end: close, text: 'description: When the library hall opens on meeting days.\n' }];
    const used = await apply(page, use, text);
    expect(used).toEqual({ ok: true, text: applyEdits(text, use) });
    const step = undoStep('use this', text, use, (used as { text: string }).text)!;
    // Decap has no action that takes a key out of an entry: the field is left without a value,
    // which its save writes as `null`. Before, it was left as `""`, which a template such as
    // Liquid's `{% if page.description %}` reads as a description that is set (and empty).
    const unset = text.replace('---\nThe', 'description: null\n---\nThe');
    expect(await apply(page, step.inverse, step.after)).toEqual({ ok: true, text: unset });
    expect(await page.locator('textarea[id^="description-field"]').inputValue()).toBe('');
  });

  it('the panel’s Undo (the inverse edits, sent like a fix) restores the saved file byte for byte', async () => {
    const seed = await savedFile(page, POST_C);
    await openEntry(page, POST_C);
    const text = await read(page);
    const result = await apply(page, fixesOfC(text), text);
    expect(result).toMatchObject({ ok: true });
    const step = undoStep('fixes', text, fixesOfC(text), (result as { text: string }).text)!;
    expect(await apply(page, step.inverse, step.after)).toEqual({ ok: true, text: seed });
    // Refused once the post changed (here by typing): nothing is touched.
    await placeCaretAfter(page, 'close at one');
    await page.keyboard.type('!', { delay: 10 });
    const typed = await waitForRead(page, (t) => t.includes('one!'));
    expect(await apply(page, step.inverse, step.after)).toMatchObject({ ok: false, reason: 'stale' });
    expect(await read(page)).toBe(typed);
    await page.keyboard.press('Backspace');
    await waitForRead(page, (t) => t === seed);
    expect(await publishNow(page, POST_C)).toBe(seed);
  });

  it('reveal selects the finding, scrolled into view: body text in both modes, a link address (its text), a nested field, a field named by a finding on the fence', async () => {
    // Short enough that the body starts below the form's fold.
    await page.setViewportSize({ width: 1280, height: 500 });
    await openEntry(page, POST_C);
    const text = await read(page);
    const find = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    await reveal(page, ...find('library hall'));
    await expect.poll(() => bodySelection(page)).toMatchObject({ inEditor: true, focused: true, selected: 'library hall' });
    await reveal(page, ...find('utm_source=newsletter'));
    await expect.poll(() => bodySelection(page)).toMatchObject({ selected: 'swap rules' });
    await reveal(page, ...find('Saturday.'));
    await expect.poll(() => page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return `${el.id.split('-field-')[0]}:${el.value.slice(el.selectionStart, el.selectionEnd)}`;
    })).toBe('description:Saturday.');
    // A finding on the fence about a field (a required field missing from the file): its control in the form.
    const activeField = () => page.evaluate(() => document.activeElement?.id.split('-field-')[0]);
    await reveal(page, 0, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(await activeField()).toBe('description');
    await reveal(page, 0, 3, 'author');
    await expect.poll(activeField).toBe('author');
    await reveal(page, 0, 3, 'seo.title');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Seed swap at the library');
    await toggleMarkdownMode(page);
    await reveal(page, ...find('utm_source=newsletter'));
    await expect.poll(() => bodySelection(page)).toMatchObject({ inEditor: true, focused: true, selected: 'utm_source=newsletter' });
    // Below the fold of the form: scrolled into view (polled: a scroll may still be settling on a
    // loaded machine, where the full suite once read it 22 px short).
    await expect.poll(() => page.evaluate(() => {
      const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    })).toBe(true);
  });
});
