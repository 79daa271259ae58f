// `npm run store:assets`: the stores' listing images, taken from the real product rather than
// drawn: the built extension (dist/chrome) in headless Chromium, docked in the demo editor and in
// a real Decap CMS (both served by scripts/start.mjs), at the stores' 1280×800; and a 440×280
// promo tile composed from the icon, the listing's short description and a crop of the first
// screenshot. Written to store/.
//
//   npm run build:ext && npm run store:assets
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/chrome');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PORT ?? 5190);
const SIZE = { width: 1280, height: 800 };

if (!existsSync(join(dist, 'manifest.json'))) fail('dist/chrome is missing: run `npm run build:ext` first.');
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath} (set CHROMIUM_PATH).`);

const server = await startServer();
const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless: true,
  viewport: SIZE,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const origin = `http://127.0.0.1:${port}`;

  const demo = await context.newPage();
  await demo.goto(`${origin}/preflight-demo/`);
  await settle(demo);
  const demoShot = join(root, 'store/screenshot-demo-1280x800.png');
  await demo.screenshot({ path: demoShot });
  console.log(`${demoShot} (demo editor)`);
  const panelBox = await demo.locator('post-preflight-dock').boundingBox();

  const decap = await context.newPage();
  await decap.goto(`${origin}/admin/`, { waitUntil: 'commit' });
  const login = decap.getByRole('button', { name: /login/i });
  await login.waitFor({ timeout: 120_000 });
  await login.click();
  await decap.getByText('Blog').first().waitFor();
  await decap.evaluate(() => (location.hash = '#/collections/blog/entries/november-newsletter'));
  await decap.locator('[data-slate-editor="true"]').waitFor({ timeout: 60_000 });
  await settle(decap);
  const decapShot = join(root, 'store/screenshot-decap-1280x800.png');
  await decap.screenshot({ path: decapShot });
  console.log(`${decapShot} (Decap CMS)`);

  await promoTile(demoShot, panelBox);
} finally {
  await context.close();
  server.kill('SIGTERM');
}

/** Waits for the docked panel to be ready and what it shows to be drawn. */
async function settle(page) {
  const frame = await poll(() => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the docked panel');
  await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
}

/** 440×280: the icon, the product's name and its short description, next to a crop of the real panel. */
async function promoTile(demoShot, panelBox) {
  const icon = readFileSync(join(root, 'public/icons/icon-128.png')).toString('base64');
  const listing = readFileSync(join(root, 'store/listing.md'), 'utf8');
  const summary = listing.split('## Short description')[1]?.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('(')) ?? '';
  const shot = readFileSync(demoShot).toString('base64');
  const crop = panelBox ?? { x: SIZE.width - 400, y: 0, width: 400, height: SIZE.height };
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><meta charset="utf-8">
<style>
  body { margin: 0; width: 440px; height: 280px; display: flex; font-family: system-ui, sans-serif; background: #f4f6fb; color: #14213d; overflow: hidden; }
  .text { flex: 1; padding: 22px 12px 18px 22px; display: flex; flex-direction: column; gap: 10px; }
  img.icon { width: 56px; height: 56px; }
  h1 { font-size: 24px; margin: 0; }
  p { font-size: 13px; line-height: 1.35; margin: 0; }
  .shot { width: 190px; height: 280px; background-image: url(data:image/png;base64,${shot}); background-repeat: no-repeat;
    background-position: -${Math.round(crop.x)}px -${Math.round(crop.y)}px; box-shadow: -2px 0 8px rgba(0,0,0,.15); }
</style>
<div class="text"><img class="icon" src="data:image/png;base64,${icon}" alt=""><h1>Post Preflight</h1><p>${escapeHtml(summary)}</p></div>
<div class="shot"></div>`);
  const file = join(root, 'store/promo-tile-440x280.png');
  await page.screenshot({ path: file });
  console.log(`${file} (promo tile)`);
}

/** scripts/start.mjs without a display: it only serves the demo, Decap and Sveltia. */
async function startServer() {
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], { env: { ...process.env, PORT: String(port), DISPLAY: '', WAYLAND_DISPLAY: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise((ok, no) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Press Ctrl+C')) ok();
    });
    child.on('exit', (code) => no(new Error(`scripts/start.mjs exited (${code}): ${out}`)));
  });
  if (/Decap CMS: +not available/.test(out)) fail(`Decap CMS is not available: ${out}`);
  return child;
}

async function poll(find, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`timed out waiting for ${what}`);
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function fail(message) {
  console.error(`store-assets: ${message}`);
  process.exit(1);
}
