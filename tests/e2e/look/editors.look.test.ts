import { afterAll, beforeAll, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { buildEditorBundles } from '../editors/support/build';
import { startServer } from '../editors/support/server';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { EDITOR_PAGES, editorPageUrl } from '../support/editor-flow';
import { waitUntil } from '../support/handles';
import { panelFrame } from '../support/panel-frame';
import { ROOT } from '../support/paths';

/**
 * `[LOOK_POSTS=<folder>] npm run look:editors`: every post of a folder (default: the repository's
 * own fixture posts; give the suggestion corpus to try real ones) in each whole-file editor page
 * (CodeMirror 6, CodeMirror 5, Monaco) with the built extension, as a person would use it:
 * "Clean links", then "Use this" on the first suggestion, then the editor's own Ctrl+Z until the
 * post is back. Each step's text is checked against what the core computes in Node: "Clean links"
 * must change exactly the tracking bytes, "Use this" exactly the description field, and undo must
 * give back the post byte for byte. Prints one line per post and editor; fails when any differs.
 */
const folder = resolve(process.env.LOOK_POSTS ?? join(ROOT, 'tests/fixtures/posts'));
const posts = readdirSync(folder)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

let current = '';
let server: { url: string; close(): Promise<void> };
let chrome: ChromiumWithExtension;
beforeAll(async () => {
  await buildEditorBundles(['cm6-page']);
  server = await startServer({ text: () => current });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

type Hooks = { editorReady?: boolean; editorText(): string; setEditorSelection(a: number, b: number): void };
const editorText = (page: Page) => page.evaluate(() => (window as unknown as Hooks).editorText());

it(`${posts.length} posts × ${Object.keys(EDITOR_PAGES).length} editors: Clean links, Use this and Ctrl+Z change exactly what they should`, async () => {
  const failures: string[] = [];
  let steps = 0;
  for (const post of posts) {
    const lines: string[] = [];
    for (const id of Object.keys(EDITOR_PAGES) as (keyof typeof EDITOR_PAGES)[]) {
      current = post.text;
      const page = await chrome.context.newPage();
      const done: string[] = [];
      try {
        await page.goto(editorPageUrl(server.url, id));
        await waitUntil(() => page.evaluate(() => (window as unknown as Hooks).editorReady === true), 'the editor');
        // The editor may normalize what it is given (CodeMirror 5 and Monaco turn \r\n into their own line ends): that is the text to keep.
        const start = await editorText(page);
        const frame = await panelFrame(page);
        const report = analyze(start);
        const findings = report.diagnostics.length;
        await waitUntil(() => frame.evaluate((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag').length > 0 === n > 0, findings), 'the panel to read the post');
        let text = start;
        let undos = 0;

        const clean = cleanLinksEdits(report);
        if (clean.length) {
          const expected = applyEdits(text, clean);
          await clickWhenEnabled(frame, '[data-action="clean-links"]');
          await waitUntil(async () => (await editorText(page)) !== text, '"Clean links" to reach the editor').catch(() => undefined);
          const now = await editorText(page);
          if (now !== expected) throw new Error(`"Clean links": ${difference(expected, now)}`);
          text = now;
          undos++;
          done.push(`clean links (${start.length - now.length} characters)`);
          await settle(frame, text);
        }

        const suggestion = await frame.evaluate(() => document.querySelector('[data-suggestion="0"] .suggestion-text')?.textContent ?? '');
        if (suggestion) {
          const path = await frame.evaluate(() => [...document.querySelectorAll('p code')].find((c) => c.closest('p')?.textContent?.startsWith('Written to'))?.textContent ?? '');
          let expected: string | undefined;
          try {
            expected = applyEdits(text, setFieldEdits(text, path, suggestion));
          } catch {
            expected = undefined; // the panel refuses too, with the reason
          }
          await clickWhenEnabled(frame, '[data-suggestion="0"] [data-action="apply-description"]');
          if (expected !== undefined) {
            await waitUntil(async () => (await editorText(page)) !== text, '"Use this" to reach the editor').catch(() => undefined);
            const now = await editorText(page);
            if (now !== expected) throw new Error(`"Use this" (${path}): ${difference(expected, now)}`);
            text = now;
            undos++;
            done.push(`use this (${path})`);
          } else done.push(`use this refused (${path})`);
        }

        // The editor's own undo, one step per change, from inside the editor.
        await new Promise((r) => setTimeout(r, 600));
        await page.evaluate(() => (window as unknown as Hooks).setEditorSelection(0, 0));
        for (let i = 0; i < undos; i++) {
          const before = await editorText(page);
          await page.keyboard.press('Control+z');
          await waitUntil(async () => (await editorText(page)) !== before, 'Ctrl+Z').catch(() => undefined);
        }
        const back = await editorText(page);
        if (back !== start) throw new Error(`Ctrl+Z ×${undos}: ${difference(start, back)}`);
        steps += undos;
        lines.push(`ok    ${id.padEnd(11)} ${post.name}: ${done.join(', ') || 'nothing to change'}, undone byte for byte`);
      } catch (error) {
        failures.push(`${id} ${post.name}: ${(error as Error).message}`);
        lines.push(`FAIL  ${id.padEnd(11)} ${post.name}: ${(error as Error).message} (after: ${done.join(', ') || 'nothing'})`);
      } finally {
        await page.close();
      }
    }
    console.info(lines.join('\n'));
  }
  console.info(`${posts.length} posts × ${Object.keys(EDITOR_PAGES).length} editors: ${failures.length} failed, ${steps} changes written and undone.`);
  expect(failures).toEqual([]);
});

/** Clicks a panel button once it is enabled (the panel disables its buttons while it checks a new text). */
async function clickWhenEnabled(frame: Frame, selector: string): Promise<void> {
  await waitUntil(() => frame.evaluate((s) => document.querySelector(`${s}:not([disabled])`) !== null, selector), selector);
  await frame.click(`${selector}:not([disabled])`);
}

/** Waits until the panel has checked `text` (its findings are those of that text). */
async function settle(frame: Frame, text: string): Promise<void> {
  const rows = analyze(text).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  await waitUntil(() => frame.evaluate((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag[data-rule="tracking-params"]').length === n, rows), 'the panel to check the new text');
}

/** Where two texts first differ, with a little of each. */
function difference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  return `differs at ${i} of ${expected.length} (expected ${JSON.stringify(expected.slice(i, i + 40))}, got ${JSON.stringify(got.slice(i, i + 40))})`;
}
