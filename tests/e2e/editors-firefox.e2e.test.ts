import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { dockedPanel } from './support/firefox-panel';
import { buildEditorBundles } from './editors/support/build';
import { startServer } from './editors/support/server';
import { EDITOR_PAGES, EDITOR_POST_LINES, editorPageUrl, hostilePageKeepsPanelHonest, readTypeCleanUndo, type EditorHandles } from './support/editor-flow';

/**
 * The CodeMirror 6, CodeMirror 5 and Monaco test pages with the BUILT extension in Firefox
 * (MAIN-world content script, page bridge, content script, the panel's own channel), the
 * docked panel read and clicked through BiDi (see support/firefox-panel.ts).
 */
let server: { url: string; close(): Promise<void> };
let ff: FirefoxWithExtension;

beforeAll(async () => {
  await buildEditorBundles(['cm6-page']);
  server = await startServer({ lines: EDITOR_POST_LINES });
  ff = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('whole-file editors through the extension (Firefox)', () => {
  for (const id of Object.keys(EDITOR_PAGES) as (keyof typeof EDITOR_PAGES)[]) {
    it(`${id}: the panel reads the post, follows typing, "Clean links" changes exactly the tracking bytes, Ctrl+Z restores it`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(editorPageUrl(server.url, id));
      await page.waitForSelector('post-preflight-dock');
      const panel = await dockedPanel(ff.browser, page);
      const h: EditorHandles = {
        page: (fn, arg) => page.evaluate(fn as never, arg) as never,
        panel: panel.eval,
        clickInPanel: panel.click,
        type: (text) => page.keyboard.type(text, { delay: 10 }),
        undoKey: async () => {
          await page.keyboard.down('Control');
          await page.keyboard.press('z');
          await page.keyboard.up('Control');
        },
      };
      await readTypeCleanUndo(h);
      await page.close();
    });
  }
});

describe('a hostile editor page (Firefox)', () => {
  it('codemirror6: getters for `then` and a replaced Promise.prototype.then never see or swap the bridge\'s answers; the panel shows and cleans the real text', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${editorPageUrl(server.url, 'codemirror6')}?hostile=1`);
    await page.waitForSelector('post-preflight-dock');
    const panel = await dockedPanel(ff.browser, page);
    await hostilePageKeepsPanelHonest({
      page: (fn, arg) => page.evaluate(fn as never, arg) as never,
      panel: panel.eval,
      clickInPanel: panel.click,
      type: (text) => page.keyboard.type(text),
      undoKey: () => page.keyboard.press('z'),
    });
    await page.close();
  });
});
