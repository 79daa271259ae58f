import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../../src/core/analyze';
import { buildEditorBundles } from '../editors/support/build';
import { startServer } from '../editors/support/server';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { EDITOR_PAGES, editorPageUrl } from '../support/editor-flow';
import { waitUntil } from '../support/handles';
import { panelFrame } from '../support/panel-frame';
import { cleanUseUndo, lookPosts, type LookEditor } from './flow';

/**
 * `[LOOK_POSTS=<folder>] npm run look:editors`: every post of a folder (default: the repository's
 * own fixture posts; give the suggestion corpus to try real ones) in each whole-file editor page
 * (CodeMirror 6, CodeMirror 5, Monaco) with the built extension, as a person would use it:
 * "Clean links", then "Use this" on the first suggestion, then the editor's own Ctrl+Z until the
 * post is back. Each step's text is checked against what the core computes in Node: "Clean links"
 * must change exactly the tracking bytes, "Use this" exactly the description field, and undo must
 * give back the post byte for byte. Prints one line per post and editor; fails when any differs.
 */
const posts = lookPosts();

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
        const findings = analyze(start).diagnostics.length;
        await waitUntil(() => frame.evaluate((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag').length > 0 === n > 0, findings), 'the panel to read the post');
        const editor: LookEditor = {
          text: () => editorText(page),
          panel: (fn, arg) => frame.evaluate(fn as never, arg) as never,
          click: async (selector) => {
            // The panel disables its buttons while it checks a new text.
            await waitUntil(() => frame.evaluate((s) => document.querySelector(`${s}:not([disabled])`) !== null, selector), selector);
            await frame.click(`${selector}:not([disabled])`);
          },
          undo: async (count) => {
            // The editor's own undo, one step per change, from inside the editor.
            await new Promise((r) => setTimeout(r, 600));
            await page.evaluate(() => (window as unknown as Hooks).setEditorSelection(0, 0));
            for (let i = 0; i < count; i++) {
              const before = await editorText(page);
              await page.keyboard.press('Control+z');
              await waitUntil(async () => (await editorText(page)) !== before, 'Ctrl+Z').catch(() => undefined);
            }
          },
        };
        steps += await cleanUseUndo(editor, start, done);
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
