import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { panelFrame } from './support/panel-frame';
import { buildEditorBundles } from './editors/support/build';
import { startServer } from './editors/support/server';
import { EDITOR_PAGES, EDITOR_POST_LINES, editorPageUrl, hostilePageKeepsPanelHonest, readTypeCleanUndo, type EditorHandles } from './support/editor-flow';

/**
 * The real CodeMirror 6, CodeMirror 5 and Monaco test pages with the BUILT extension: the
 * MAIN-world drivers behind the page bridge, the content script and the docked panel.
 */
let server: { url: string; close(): Promise<void> };
let chrome: ChromiumWithExtension;

beforeAll(async () => {
  await buildEditorBundles(['cm6-page']);
  server = await startServer({ lines: EDITOR_POST_LINES });
  chrome = await launchChromium();
}, 120_000);
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('whole-file editors through the extension (Chromium)', () => {
  for (const id of Object.keys(EDITOR_PAGES) as (keyof typeof EDITOR_PAGES)[]) {
    it(`${id}: the panel reads the post, follows typing, "Clean links" changes exactly the tracking bytes, Ctrl+Z restores it, the host hears the change`, async () => {
      const page = await chrome.context.newPage();
      await page.goto(editorPageUrl(server.url, id));
      const frame = await panelFrame(page);
      const h: EditorHandles = {
        page: (fn, arg) => page.evaluate(fn as never, arg) as never,
        panel: (fn, arg) => frame.evaluate(fn as never, arg) as never,
        clickInPanel: (selector) => frame.click(selector),
        type: (text) => page.keyboard.type(text, { delay: 10 }),
        undoKey: () => page.keyboard.press('Control+z'),
      };
      await readTypeCleanUndo(h);
      await page.close();
    });
  }
});

describe('a hostile editor page (Chromium)', () => {
  it('codemirror6: getters for `then` and a replaced Promise.prototype.then never see or swap the bridge\'s answers; the panel shows and cleans the real text', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${editorPageUrl(server.url, 'codemirror6')}?hostile=1`);
    const frame = await panelFrame(page);
    await hostilePageKeepsPanelHonest({
      page: (fn, arg) => page.evaluate(fn as never, arg) as never,
      panel: (fn, arg) => frame.evaluate(fn as never, arg) as never,
      clickInPanel: (selector) => frame.click(selector),
      type: (text) => page.keyboard.type(text),
      undoKey: () => page.keyboard.press('Control+z'),
    });
    await page.close();
  });
});
