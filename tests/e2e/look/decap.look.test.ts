import { afterAll, beforeAll, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { analyze } from '../../../src/core/analyze';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { startSite, type SiteServer } from '../decap/support/server';
import { DECAP_VIEWPORT, openDecap } from '../decap/support/decap-page';
import { openEntryPage } from '../support/decap-flow';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { waitUntil } from '../support/handles';
import { panelFrame } from '../support/panel-frame';
import { LOOK_CONFIG, cmsEditor, readerBundle, shot, slugOf } from './cms';
import { cleanUseUndo, lookPosts } from './flow';

/**
 * `[LOOK_POSTS=<folder>] npm run look:decap`: every post of a folder (default: the repository's
 * own fixture posts) opened in a real Decap CMS with the built extension, as a person would use
 * it: "Clean links", each "Fix all" the panel offers, "Use this" on the first suggestion (into
 * the collection's `description` field), then the panel's Undo until the post is back. Decap
 * holds the post as form fields and a rich-text body, not as text: each step's text is the entry
 * as the Decap driver reads it from Decap's store, checked against what the core computes in
 * Node. One line per post; fails when any step differs.
 */
const posts = lookPosts();
const seed = () => `window.repoFiles = ${JSON.stringify({ blog: Object.fromEntries(posts.map((p, i) => [`${slugOf(i)}.md`, { content: p.text }])) })};`;

let site: SiteServer;
let chrome: ChromiumWithExtension;
let reader: string;
beforeAll(async () => {
  reader = await readerBundle('tests/e2e/look/decap-reader.ts', 'decap');
  site = await startSite({ '/admin/config.yml': LOOK_CONFIG, '/admin/seed.js': seed });
  chrome = await launchChromium(undefined, DECAP_VIEWPORT);
});
afterAll(async () => {
  await chrome?.close();
  await site?.close();
});

/** The keys `back` holds as null that `start` does not have, when that is all that differs (and the body is the same bytes). */
function nullKeysAdded(start: string, back: string): string | undefined {
  const fs = parseFrontmatter(start);
  const fb = parseFrontmatter(back);
  if (!fb.closed || start.slice(fs.end) !== back.slice(fb.end)) return undefined;
  const added = Object.keys(fb.data).filter((k) => fb.data[k] === null && !(k in fs.data));
  const rest = Object.fromEntries(Object.entries(fb.data).filter(([k]) => !added.includes(k)));
  return added.length && isDeepStrictEqual(rest, fs.data) ? added.map((k) => `${k}: null`).join(', ') : undefined;
}

const textOf = (page: Page) => page.evaluate(() => (window as unknown as { __lookDecapText: () => string }).__lookDecapText());

it(`${posts.length} posts in Decap CMS: Clean links, Fix all, Use this and Undo change exactly what they should`, async () => {
  const failures: string[] = [];
  let steps = 0;
  let traces = 0;
  for (const [i, post] of posts.entries()) {
    const page = await openDecap(chrome.context, site.origin, { harness: false });
    const done: string[] = [];
    try {
      await openEntryPage(page, slugOf(i));
      await page.evaluate(reader);
      await waitUntil(async () => (await textOf(page)) !== '', 'the entry in the driver');
      // Decap parsed the file into fields and a body: the driver's text of them is the post the panel sees and must keep.
      const start = await textOf(page);
      if (analyze(start).diagnostics.length === 0) done.push('no findings');
      // Decap writes its frontmatter in its own YAML style (it folds long strings), and cannot take a key out: undo may leave one unset.
      const editor = await cmsEditor(await panelFrame(page), () => textOf(page), start, { undoneWith: nullKeysAdded });
      await shot(page, `decap-${slugOf(i)}`);
      steps += await cleanUseUndo(editor, start, done, { fixAll: true });
      if (done.some((d) => d.startsWith('undone but'))) traces++;
      console.info(`ok    ${slugOf(i)} ${post.name}: ${done.join(', ') || 'nothing to change'}${done.some((d) => d.startsWith('undone but')) ? '' : ', undone byte for byte'}`);
    } catch (error) {
      failures.push(`${slugOf(i)} ${post.name}: ${(error as Error).message}`);
      console.info(`FAIL  ${slugOf(i)} ${post.name}: ${(error as Error).message} (after: ${done.join(', ') || 'nothing'})`);
    } finally {
      await page.close();
    }
  }
  console.info(`${posts.length} posts in Decap CMS: ${failures.length} failed, ${steps} changes written and undone (${traces} undos left a field "Use this" added, unset: Decap cannot take a key out).`);
  expect(failures).toEqual([]);
});
