import { afterAll, beforeAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from '../support/firefox';
import { dockedPanel } from '../support/firefox-panel';
import { waitUntil } from '../support/handles';
import { ROOT } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/server';
import { cleanUseUndo, lookPosts, settle, type LookEditor } from './flow';

/**
 * `[LOOK_POSTS=<folder>] npm run look:firefox`: every post of a folder (default: the repository's
 * own fixture posts) in the demo editor in Firefox with the built extension, as a person would use
 * it: the panel docks and fits (no sideways scrolling), "Clean links", "Use this" on the first
 * suggestion, then the panel's Undo until the post is back. Each step's text is checked against
 * what the core computes in Node. One line per post; fails when any step differs.
 */
const posts = lookPosts();

let dir: string;
let server: StaticServer;
let ff: FirefoxWithExtension;
beforeAll(async () => {
  // The demo editor, whose sample post is replaced before each page load.
  dir = mkdtempSync(join(tmpdir(), 'preflight-look-firefox-'));
  cpSync(join(ROOT, 'demo'), dir, { recursive: true });
  server = await serveStatic({ '/preflight-demo/': dir });
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const textOf = (page: Page) => page.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value);

it(`${posts.length} posts in the demo editor in Firefox: the panel fits; Clean links, Use this and Undo change exactly what they should`, async () => {
  const failures: string[] = [];
  let steps = 0;
  for (const post of posts) {
    writeFileSync(join(dir, 'sample-post.md'), post.text);
    const page = await ff.browser.newPage();
    const done: string[] = [];
    try {
      await page.goto(`${server.origin}/preflight-demo/`);
      // A textarea holds the text as the page gave it: \r\n read as \n, and fetch() drops a BOM. That is the text to keep.
      await waitUntil(async () => (await textOf(page)) !== '', 'the post in the editor');
      const start = await textOf(page);
      if (!/^(?:---|\+\+\+)[ \t]*\n/.test(start)) {
        // An unmarked textarea is a post only when it opens with a frontmatter fence: no panel here, as designed.
        await new Promise((r) => setTimeout(r, 2000));
        if (await page.$('post-preflight-dock')) throw new Error('a panel docked on a textarea without frontmatter');
        console.info(`ok    ${post.name}: no frontmatter fence, no panel (as designed)`);
        continue;
      }
      await page.waitForSelector('post-preflight-dock', { timeout: 15_000 });
      const panel = await dockedPanel(ff.browser, page);
      await waitUntil(() => panel.eval(() => document.documentElement.dataset.state === 'ready', null), 'the panel');
      await settle(panel.eval, start);
      const overflow = await panel.eval(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth, null);
      if (overflow > 0) throw new Error(`the panel scrolls sideways by ${overflow} px`);
      const editor: LookEditor = {
        text: () => textOf(page),
        panel: panel.eval,
        click: panel.click,
        undo: async (count) => {
          // The panel's Undo, one click per change.
          for (let i = 0; i < count; i++) {
            const before = await textOf(page);
            await panel.click('[data-action="undo"]');
            await waitUntil(async () => (await textOf(page)) !== before, 'Undo').catch(() => undefined);
          }
        },
      };
      steps += await cleanUseUndo(editor, start, done);
      console.info(`ok    ${post.name}: ${done.join(', ') || 'nothing to change'}, undone byte for byte`);
    } catch (error) {
      failures.push(`${post.name}: ${(error as Error).message}`);
      console.info(`FAIL  ${post.name}: ${(error as Error).message} (after: ${done.join(', ') || 'nothing'})`);
    } finally {
      await page.close();
    }
  }
  console.info(`${posts.length} posts in Firefox: ${failures.length} failed, ${steps} changes written and undone.`);
  expect(failures).toEqual([]);
});
