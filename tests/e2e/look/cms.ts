import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Frame, Page } from 'playwright-core';
import { waitUntil } from '../support/handles';
import { ROOT } from '../support/paths';
import { sameEntry, settle, type LookEditor } from './flow';

/** What the CMS look runs share: the collection the posts are opened in, the reader bundle, the panel as an editor. */

/**
 * One collection whose `description` field the panel writes "Use this" into; every other
 * frontmatter key is kept as the CMS keeps keys its config does not list.
 */
export const LOOK_CONFIG = (): string => (process.env.LOOK_FIELDS === 'typed' ? TYPED_CONFIG : PLAIN_CONFIG);

const PLAIN_CONFIG = `backend:
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

/**
 * `LOOK_FIELDS=typed`: the keys most posts have, listed with their widgets (optional, so a post
 * without one still opens), so that every write also goes through the CMS's own date, list and
 * boolean values for the rest of the entry.
 */
const TYPED_CONFIG = PLAIN_CONFIG.replace(
  '      - { name: body,',
  `      - { name: date, label: Date, widget: datetime, required: false }
      - { name: tags, label: Tags, widget: list, required: false }
      - { name: draft, label: Draft, widget: boolean, required: false }
      - { name: body,`,
);

export const slugOf = (i: number): string => `post-${String(i + 1).padStart(2, '0')}`;

/** `LOOK_SHOTS=<folder>`: a screenshot of each post's page once the panel has checked it, to look at, not to assert on. */
export async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.LOOK_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/** Builds a test-only reader (an IIFE evaluated in the page beside the extension) and returns its source. */
export async function readerBundle(entry: string, name: string): Promise<string> {
  const outDir = `.cache/look-${name}`;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, lib: { entry, formats: ['iife'], name: `look_${name}`, fileName: () => 'reader.js' } },
  });
  return readFileSync(join(ROOT, outDir, 'reader.js'), 'utf8');
}

/**
 * The panel beside a CMS's form as a LookEditor, once it has checked `start`: `text` is the
 * entry as the CMS's driver reads it; a written field is compared by value (each CMS writes
 * its own YAML style) and the body byte for byte; undo is the panel's Undo, one click a change.
 */
export async function cmsEditor(frame: Frame, text: () => Promise<string>, start: string, extra: Partial<LookEditor> = {}): Promise<LookEditor> {
  const panel: LookEditor['panel'] = (fn, arg) => frame.evaluate(fn as never, arg) as never;
  await waitUntil(() => panel(() => document.documentElement.dataset.state === 'ready', null), 'the panel');
  await settle(panel, start);
  const click = async (selector: string) => {
    await waitUntil(() => frame.evaluate((s) => document.querySelector(`${s}:not([disabled])`) !== null, selector), selector);
    await frame.click(`${selector}:not([disabled])`);
  };
  return {
    text,
    panel,
    click,
    sameField: sameEntry,
    undo: async (count) => {
      for (let k = 0; k < count; k++) {
        const before = await text();
        await click('[data-action="undo"]');
        await waitUntil(async () => (await text()) !== before, 'Undo').catch(() => undefined);
      }
    },
    ...extra,
  };
}
