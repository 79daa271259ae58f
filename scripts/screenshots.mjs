// Screenshots of the real panel for the docs: the built extension (dist/chrome) in headless
// Chromium, docked next to the demo editor holding a post of your choice, at 1280×800, 900×800
// (where the panel narrows) and 700×800 (where it waits as a tab; also shot with the tab
// clicked). Nothing is drawn: what you see is what the product shows for that post.
//
//   npm run build:ext
//   node scripts/screenshots.mjs <post.md> [docs/name]   → docs/name-1280.png, -900.png, -700.png, -700-open.png
//   node scripts/screenshots.mjs <post.md> docs/name de  → docs/name-de-360.png and docs/name-de-480.png:
//     Chromium's UI language set to that locale (--lang and LANGUAGE/LANG; Debian needs chromium-l10n),
//     the panel docked at 360 px (a 920 px window) and at 480 px (dragged there: a 1280 px window).
//   node scripts/screenshots.mjs <post.md> docs/name all → the same for every shipped language.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDemo } from './demo-server.mjs';

const root = resolve(import.meta.dirname, '..');
const [postPath, outBase = 'docs/panel', localeArg] = process.argv.slice(2);
const LOCALES = ['en', 'de', 'es', 'fr', 'ja', 'pt_BR'];
const dist = join(root, 'dist/chrome');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!postPath) fail('usage: node scripts/screenshots.mjs <post.md> [docs/name]');
if (!existsSync(join(dist, 'manifest.json'))) fail('dist/chrome is missing: run `npm run build:ext` first.');
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath} (set CHROMIUM_PATH).`);
const post = readFileSync(resolve(postPath), 'utf8');

// The demo editor page, with the chosen post in place of its sample.
const { url, close: closeServer } = await serveDemo(post);

try {
  for (const locale of localeArg === 'all' ? LOCALES : [localeArg]) await shoot(locale);
} finally {
  closeServer();
}

async function shoot(locale) {
  // A 920 px window docks the panel at 360 px, the narrowest width it is laid out for; at 1280 px a
  // panel dragged to 480 px (what the dock remembers per site) keeps that width.
  for (const [width, height, dock] of locale ? [[920, 800, 360], [1280, 800, 480]] : [[1280, 800], [900, 800], [700, 800]]) {
    const context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      viewport: { width, height },
      args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...(locale ? [`--lang=${locale.replace('_', '-')}`] : [])],
      ...(locale && { env: { ...process.env, LANGUAGE: locale, LANG: `${locale.includes('_') ? locale : `${locale}_${locale === 'ja' ? 'JP' : locale.toUpperCase()}`}.UTF-8` } }),
    });
    try {
      if (dock === 480) {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        await worker.evaluate(([origin, w]) => chrome.storage.local.set({ [`dock:${origin}`]: { width: w, collapsed: false } }), [new URL(url).origin, dock]);
      }
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction((text) => document.querySelector('textarea')?.value === text, post);
      // Too narrow to dock beside the editor, the panel waits as a tab at the edge (it reads the post once opened).
      const asTab = await poll(() => page.evaluate(() => document.querySelector('post-preflight-dock')?.getAttribute('data-mode')), 'the dock');
      if (asTab !== 'tab') {
        const frame = await poll(() => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the docked panel');
        await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready');
      }
      // Let fonts and the idle-time preview settle so the picture is what a person sees.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(600);
      const file = join(root, locale ? `${outBase}-${locale}-${dock}.png` : `${outBase}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(`${file} (${width}×${height})`);
      // What a click on the tab shows.
      if (!locale && asTab === 'tab') {
        const host = await page.evaluate(() => {
          const r = document.querySelector('post-preflight-dock').getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        });
        await page.mouse.click(host.x, host.y);
        const frame = await poll(() => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel opened from its tab');
        await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready');
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(600);
        const open = join(root, `${outBase}-${width}-open.png`);
        await page.screenshot({ path: open });
        console.log(`${open} (${width}×${height}, the tab clicked)`);
      }
    } finally {
      await context.close();
    }
  }
}

async function poll(find, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const found = await find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`timed out waiting for ${what}`);
}

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}
