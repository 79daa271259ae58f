import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analyze';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { startSite, type SiteServer } from '../decap/support/server';
import { DECAP_VIEWPORT, openDecap } from '../decap/support/decap-page';
import { openEntryPage } from '../support/decap-flow';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { waitUntil } from '../support/handles';
import { panelFrame } from '../support/panel-frame';
import { ROOT } from '../support/paths';
import { cleanUseUndo, lookPosts, sameEntry, settle, type LookEditor } from './flow';

/**
 * `[LOOK_POSTS=<folder>] npm run look:decap`: every post of a folder (default: the repository's
 * own fixture posts) opened in a real Decap CMS with the built extension, as a person would use
 * it: "Clean links", each "Fix all" the panel offers, "Use this" on the first suggestion (into
 * the collection's `description` field), then the panel's Undo until the post is back. Decap holds the post as form fields and
 * a rich-text body, not as text: each step's text is the entry as the Decap driver reads it from
 * Decap's store, checked against what the core computes in Node. One line per post; fails when
 * any step differs.
 */
const posts = lookPosts();
const slugOf = (i: number) => `post-${String(i + 1).padStart(2, '0')}`;

/** One collection whose description field the panel writes "Use this" into; every other frontmatter key is kept as Decap keeps unknown keys. */
const CONFIG = `backend:
  name: test-repo
media_folder: uploads
publish_mode: simple
collections:
  - name: blog
    label: Blog
    folder: blog
    create: true
    slug: "{{slug}}"
    fields:
      - { name: title, label: Title, widget: string }
      - { name: description, label: Description, widget: text, required: false }
      - { name: body, label: Body, widget: markdown }
`;
const seed = () => `window.repoFiles = ${JSON.stringify({ blog: Object.fromEntries(posts.map((p, i) => [`${slugOf(i)}.md`, { content: p.text }])) })};`;

let site: SiteServer;
let chrome: ChromiumWithExtension;
let reader: string;
beforeAll(async () => {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: '.cache/look-decap', emptyOutDir: true, minify: false, lib: { entry: 'tests/e2e/look/decap-reader.ts', formats: ['iife'], name: 'lookDecapReader', fileName: () => 'reader.js' } },
  });
  reader = readFileSync(join(ROOT, '.cache/look-decap/reader.js'), 'utf8');
  site = await startSite({ '/admin/config.yml': () => CONFIG, '/admin/seed.js': seed });
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
      const frame = await panelFrame(page);
      const panel: LookEditor['panel'] = (fn, arg) => frame.evaluate(fn as never, arg) as never;
      await waitUntil(() => panel(() => document.documentElement.dataset.state === 'ready', null), 'the panel');
      await settle(panel, start);
      if (analyze(start).diagnostics.length === 0) done.push('no findings');
      const click = async (selector: string) => {
        await waitUntil(() => frame.evaluate((s) => document.querySelector(`${s}:not([disabled])`) !== null, selector), selector);
        await frame.click(`${selector}:not([disabled])`);
      };
      const editor: LookEditor = {
        text: () => textOf(page),
        panel,
        click,
        // Decap writes its frontmatter in its own YAML style (it folds long strings): the same fields and the same body bytes are what count.
        sameField: sameEntry,
        undoneWith: nullKeysAdded,
        undo: async (count) => {
          // The panel's Undo, one click per change.
          for (let k = 0; k < count; k++) {
            const before = await textOf(page);
            await click('[data-action="undo"]');
            await waitUntil(async () => (await textOf(page)) !== before, 'Undo').catch(() => undefined);
          }
        },
      };
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
