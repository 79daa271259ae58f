import { afterAll, beforeAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { launchFirefox, type FirefoxWithExtension } from '../support/firefox';
import { dockedPanel, type DockedPanel } from '../support/firefox-panel';
import { waitUntil } from '../support/handles';
import { ROOT } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/server';

/**
 * `[LOOK_POSTS=<folder>] npm run look:firefox`: every post of a folder (default: the repository's
 * own fixture posts) in the demo editor in Firefox with the built extension, as a person would use
 * it: the panel docks and fits (no sideways scrolling), "Clean links", "Use this" on the first
 * suggestion, then the panel's Undo until the post is back. Each step's text is checked against
 * what the core computes in Node. One line per post; fails when any step differs.
 */
const folder = resolve(process.env.LOOK_POSTS ?? join(ROOT, 'tests/fixtures/posts'));
const posts = readdirSync(folder)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

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
      const report = analyze(start);
      await settle(panel, start);
      const overflow = await panel.eval(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth, null);
      if (overflow > 0) throw new Error(`the panel scrolls sideways by ${overflow} px`);
      let text = start;
      let undos = 0;

      const clean = cleanLinksEdits(report);
      if (clean.length) {
        const expected = applyEdits(text, clean);
        await panel.click('[data-action="clean-links"]');
        await waitUntil(async () => (await textOf(page)) !== text, '"Clean links" to reach the editor').catch(() => undefined);
        const now = await textOf(page);
        if (now !== expected) throw new Error(`"Clean links": ${difference(expected, now)}`);
        text = now;
        undos++;
        done.push(`clean links (${start.length - now.length} characters)`);
        await settle(panel, text);
      }

      const suggestion = await panel.eval(() => document.querySelector('[data-suggestion="0"] .suggestion-text')?.textContent ?? '', null);
      if (suggestion) {
        const path = await panel.eval(() => [...document.querySelectorAll('p code')].find((c) => c.closest('p')?.textContent?.startsWith('Written to'))?.textContent ?? '', null);
        let expected: string | undefined;
        try {
          expected = applyEdits(text, setFieldEdits(text, path, suggestion));
        } catch {
          expected = undefined; // the panel refuses too, with the reason
        }
        await panel.click('[data-suggestion="0"] [data-action="apply-description"]');
        if (expected !== undefined) {
          await waitUntil(async () => (await textOf(page)) !== text, '"Use this" to reach the editor').catch(() => undefined);
          const now = await textOf(page);
          if (now !== expected) throw new Error(`"Use this" (${path}): ${difference(expected, now)}`);
          text = now;
          undos++;
          done.push(`use this (${path})`);
          await waitUntil(() => panel.eval(() => document.querySelector('[data-suggestion][aria-current="true"]') !== null, null), 'the used suggestion marked current');
        } else done.push(`use this refused (${path})`);
      }

      for (let i = 0; i < undos; i++) {
        const before = await textOf(page);
        await panel.click('[data-action="undo"]');
        await waitUntil(async () => (await textOf(page)) !== before, 'Undo').catch(() => undefined);
      }
      const back = await textOf(page);
      if (back !== start) throw new Error(`Undo ×${undos}: ${difference(start, back)}`);
      steps += undos;
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

/** Waits until the panel shows the findings of `text` (as many tracking rows as the core finds). */
async function settle(panel: DockedPanel, text: string): Promise<void> {
  const rows = analyze(text).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  await waitUntil(() => panel.eval((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag[data-rule="tracking-params"]').length === n, rows), 'the panel to check the text');
}

/** Where two texts first differ, with a little of each. */
function difference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  return `differs at ${i} of ${expected.length} (expected ${JSON.stringify(expected.slice(i, i + 40))}, got ${JSON.stringify(got.slice(i, i + 40))})`;
}
