import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SVELTIA_SITE, serveSveltia } from '../../../scripts/serve-sveltia.mjs';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { waitUntil } from '../support/handles';
import { panelFrame } from '../support/panel-frame';
import { signInToSveltia } from '../sveltia/flow';
import { LOOK_CONFIG, cmsEditor, readerBundle, shot, slugOf } from './cms';
import { cleanUseUndo, lookPosts } from './flow';

/**
 * `[LOOK_POSTS=<folder>] npm run look:sveltia`: every post of a folder (default: the repository's
 * own fixture posts) opened in a real Sveltia CMS with the built extension in Chromium, as a
 * person would use it: "Clean links", each "Fix all" the panel offers, "Use this" on the first
 * suggestion (into the collection's `description` field), then the panel's Undo until the post is
 * back. Sveltia holds the post as a form (its body in a Lexical editor): each step's text is the
 * entry as the Sveltia driver reads the form, checked against what the core computes in Node.
 * One line per post; fails when any step differs.
 */
const posts = lookPosts();
/** The site's own seed.js, given these posts: written to the origin-private file system, then Sveltia loaded. */
const seed = () => `window.seedPosts = ${JSON.stringify(Object.fromEntries(posts.map((p, i) => [`${slugOf(i)}.md`, p.text])))};\n${readFileSync(join(SVELTIA_SITE, 'seed.js'), 'utf8')}`;

let site: Awaited<ReturnType<typeof serveSveltia>>;
let chrome: ChromiumWithExtension;
let reader: string;
beforeAll(async () => {
  reader = await readerBundle('tests/e2e/look/sveltia-reader.ts', 'sveltia');
  site = await serveSveltia({ replaced: { 'config.yml': LOOK_CONFIG, 'seed.js': seed } });
  chrome = await launchChromium(undefined, { width: 1600, height: 1000 });
});
afterAll(async () => {
  await chrome?.close();
  await site?.close();
});

const textOf = (page: Page) => page.evaluate(() => (window as unknown as { __lookSveltiaText: () => string }).__lookSveltiaText());

it(`${posts.length} posts in Sveltia CMS: Clean links, Fix all, Use this and Undo change exactly what they should`, async () => {
  const failures: string[] = [];
  let steps = 0;
  for (const [i, post] of posts.entries()) {
    const page = await chrome.context.newPage();
    const done: string[] = [];
    try {
      await signInToSveltia(page, site.url);
      await page.evaluate((s) => (location.hash = `#/collections/blog/entries/${s}`), slugOf(i));
      const form = page.locator('[data-entry-draft-root] [data-mode="edit"]').first();
      if (parseFrontmatter(post.text).errors.length) {
        // Sveltia lists no entry for a file whose YAML it cannot read (its own behaviour): nothing to open, nothing to check.
        if (await form.waitFor({ timeout: 5000 }).then(() => true, () => false)) throw new Error('Sveltia opened a post with broken YAML');
        console.info(`ok    ${slugOf(i)} ${post.name}: broken YAML, Sveltia does not open it (as it does not)`);
        continue;
      }
      await form.waitFor();
      await page.evaluate(reader);
      await waitUntil(async () => (await textOf(page)) !== '', 'the entry in the driver');
      const start = await textOf(page);
      // Sveltia writes its frontmatter in its own YAML style (it does not fold long strings).
      const editor = await cmsEditor(await panelFrame(page), () => textOf(page), start);
      await shot(page, `sveltia-${slugOf(i)}`);
      steps += await cleanUseUndo(editor, start, done, { fixAll: true });
      console.info(`ok    ${slugOf(i)} ${post.name}: ${done.join(', ') || 'nothing to change'}, undone byte for byte`);
    } catch (error) {
      failures.push(`${slugOf(i)} ${post.name}: ${(error as Error).message}`);
      console.info(`FAIL  ${slugOf(i)} ${post.name}: ${(error as Error).message} (after: ${done.join(', ') || 'nothing'})`);
    } finally {
      await page.close();
    }
  }
  console.info(`${posts.length} posts in Sveltia CMS: ${failures.length} failed, ${steps} changes written and undone.`);
  expect(failures).toEqual([]);
});
