// `npm run look [-- <post.md>]`: a working session as a person has it, to look at rather than to
// assert on. The built extension (dist/chrome) in Chromium started as a plain process with the
// demo editor holding the post (default: demo/sample-post.md), and nothing attached while the
// page sits idle (LOOK_IDLE_S, default 62 s: Chromium stops an idle service worker after 30 s;
// an attached client would keep it alive). Then, attached: a sentence typed at the end, "Clean
// links", each bulk "Fix all" the panel offers, and Undo until the text is back; then the SEO
// section: "Use this" on the first suggestion (in the description field, marked current) and Undo;
// then the preview. Prints what
// happened at each step and writes a screenshot of each into .cache/look/ (or LOOK_OUT).
// Exits 1 when a step goes wrong: the panel gone, the typing lost, the undo not byte for byte.
//
// The lifecycle tier (npm run test:lifecycle) proves the same without looking; this is for
// reading the panel on a real post, which is where what an editor sees goes wrong.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDemo } from './demo-server.mjs';
import { findChromium } from './launch-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/chrome');
const postPath = resolve(process.argv[2] ?? join(root, 'demo/sample-post.md'));
const idleSeconds = Number(process.env.LOOK_IDLE_S ?? 62);
const out = resolve(process.env.LOOK_OUT ?? join(root, '.cache/look'));
const executable = findChromium();
const TYPED = '\nA sentence typed after the idle minute, to see the panel follow the editor.\n';

if (!existsSync(join(dist, 'manifest.json'))) fail('dist/chrome is missing: run `npm run build:ext` first.');
if (!executable) fail('no Chromium found (set CHROMIUM_PATH).');
if (!existsSync(postPath)) fail(`no post at ${postPath}`);
if (!(idleSeconds >= 0)) fail(`LOOK_IDLE_S must be a number of seconds, not ${JSON.stringify(process.env.LOOK_IDLE_S)}`);
const post = readFileSync(postPath, 'utf8');
mkdirSync(out, { recursive: true });

// The demo editor page, with the chosen post in place of its sample.
const { url, close: closeServer } = await serveDemo(post);

const profile = mkdtempSync(join(tmpdir(), 'preflight-look-'));
// Its own process group, so closing ends its helpers too. The DevTools port is only opened: its
// number is read from the profile's DevToolsActivePort file, which attaches nothing.
const child = spawn(executable, ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', url], { stdio: 'ignore', detached: true });
const exited = new Promise((r) => child.once('exit', r).once('error', r));
let browser;
let failed = false;
try {
  const port = await poll(() => {
    try {
      return readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] || undefined;
    } catch {
      return undefined;
    }
  }, 'Chromium to start', 30_000);
  console.log(`look: ${postPath} in the demo editor; nothing attached for ${idleSeconds} s…`);
  await new Promise((r) => setTimeout(r, idleSeconds * 1000));

  browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  // Running workers are listed shortly after attaching, not at once.
  await new Promise((r) => setTimeout(r, 1000));
  const workers = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).length;
  report(`after ${idleSeconds} s idle: ${workers} extension service worker${workers === 1 ? '' : 's'} running${idleSeconds >= 45 && workers ? ' (expected 0: Chromium stops an idle worker after 30 s)' : ''}`);
  const page = await poll(async () => context.pages().find((p) => p.url().startsWith(url)), 'the demo page');
  const panel = () => poll(async () => page.frames().filter((f) => !f.isDetached() && f.url().includes('/src/panel/panel.html')).at(-1), 'the docked panel');
  const text = () => page.evaluate(() => document.querySelector('textarea').value);
  const settled = async () => {
    // The panel's draft revision unchanged for a second: it has checked the last text.
    let last = -1;
    let since = Date.now();
    await poll(async () => {
      const now = await (await panel()).evaluate(() => (document.documentElement.dataset.state === 'ready' ? Number(document.documentElement.dataset.revision) : -1));
      if (now !== last) [last, since] = [now, Date.now()];
      return now >= 0 && Date.now() - since >= 1000;
    }, 'the panel to settle', 30_000);
  };
  const shot = async (name) => {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `${name}.png`) });
    const [overflow, culprit] = await (await panel()).evaluate(() => {
      const width = document.scrollingElement.clientWidth;
      // The innermost element that sticks out on the right: what to fix.
      const out = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1));
      const e = out[0];
      const where = e && `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}> in ${e.closest('section')?.id || e.closest('[id]')?.id || 'the panel'}: ${JSON.stringify((e.textContent ?? '').trim().slice(0, 80))}`;
      return [document.scrollingElement.scrollWidth - width, where];
    });
    report(`  ${join(out, `${name}.png`)}${overflow > 0 ? `; the panel scrolls sideways by ${overflow} px (${culprit ?? 'no element found'})` : ''}`, overflow > 0);
  };
  const click = async (selector) => (await panel()).locator(`${selector}:not([disabled])`).first().click();
  const notice = async () => (await panel()).evaluate(() => document.querySelector('.notice')?.textContent?.trim() ?? '');

  await poll(async () => (await text()) === post, 'the post in the editor');
  await settled();
  const counts = await (await panel()).evaluate(() => document.querySelectorAll('.diag').length);
  report(`the panel is docked and shows ${counts} finding${counts === 1 ? '' : 's'}`);
  await shot('1-after-idle');

  await page.evaluate(() => {
    const el = document.querySelector('textarea');
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  await page.keyboard.type(TYPED);
  await poll(async () => (await (await panel()).evaluate((t) => document.body.innerText.includes(t), 'to see the panel follow the editor.')) || undefined, 'the typing in the panel');
  await settled();
  const typed = await text();
  report(`typed a sentence: the editor holds it${typed === post + TYPED ? '' : ' — NOT as typed'}`, typed !== post + TYPED);
  await shot('2-typed');

  const steps = [];
  if (await (await panel()).locator('[data-action="clean-links"]:not([disabled])').count()) {
    await click('[data-action="clean-links"]');
    await poll(async () => ((await text()) !== typed ? true : undefined), '"Clean links" to change the text', 15_000).catch(() => undefined);
    await settled();
    const now = await text();
    report(`"Clean links": ${typed.length - now.length} characters removed, the typing ${now.includes(TYPED.trim()) ? 'kept' : 'LOST'}; the panel says ${JSON.stringify(await notice())}`, !now.includes(TYPED.trim()) || now === typed);
    if (now !== typed) steps.push('clean');
    await shot('3-clean-links');
  } else report('"Clean links": nothing to clean in this post');
  for (let i = 0; i < 5 && (await (await panel()).locator('[data-action="fix-group"]:not([disabled])').count()); i++) {
    const before = await text();
    const label = await (await panel()).locator('[data-action="fix-group"]:not([disabled])').first().evaluate((b) => b.closest('[data-rule]')?.getAttribute('data-rule') ?? b.textContent);
    await click('[data-action="fix-group"]');
    await poll(async () => ((await text()) !== before ? true : undefined), '"Fix all" to change the text', 15_000).catch(() => undefined);
    await settled();
    const now = await text();
    report(`"Fix all" (${label}): ${now === before ? 'NOTHING changed' : `${before.length - now.length} characters fewer`}; the panel says ${JSON.stringify(await notice())}`, !now.includes(TYPED.trim()) || now === before);
    if (now === before) break; // the same button again would do nothing again
    steps.push('fix');
    await shot(`4-fix-all-${i + 1}`);
  }
  for (let i = 0; i < steps.length; i++) {
    await click('[data-action="undo"]');
    await settled();
  }
  const back = await text();
  report(`Undo ×${steps.length}: ${back === typed ? 'the text is back byte for byte' : `the text DIFFERS from before the fixes (${back.length} against ${typed.length} characters)`}`, back !== typed);
  await shot('5-undone');

  // The SEO section as an editor reads it: the suggestions, then "Use this" on the first one,
  // which must land in the description field and be marked current; Undo gives the text back.
  await click('[data-section="seo-h"]');
  const offered = await (await panel()).evaluate(() => [...document.querySelectorAll('[data-suggestion] .suggestion-text')].map((e) => e.textContent.trim()));
  const suggestions = await (await panel()).locator('[data-suggestion]').count();
  report(`SEO: ${suggestions} suggestion${suggestions === 1 ? '' : 's'}${offered.length ? `, the first: ${JSON.stringify(offered[0])}` : ''}`, suggestions === 0);
  await shot('6-seo');
  if (suggestions) {
    const before = await text();
    const first = (await panel()).locator('[data-suggestion="0"] [data-action="apply-description"]');
    await first.click();
    await poll(async () => ((await text()) !== before ? true : undefined), '"Use this" to change the text', 15_000).catch(() => undefined);
    await settled();
    const now = await text();
    const marked = await (await panel()).evaluate(() => document.querySelector('[data-suggestion][aria-current="true"]')?.getAttribute('data-suggestion') ?? null);
    const inText = offered[0] !== undefined && now.includes(offered[0].slice(0, 40));
    report(`"Use this" on the first: ${now === before ? 'NOTHING changed' : `the frontmatter ${inText ? 'holds it' : 'does NOT hold it'}`}; marked current: ${marked === null ? 'none' : `suggestion ${Number(marked) + 1}`}; the typing ${now.includes(TYPED.trim()) ? 'kept' : 'LOST'}`, now === before || !inText || marked === null || !now.includes(TYPED.trim()));
    await shot('7-seo-used');
    if (now !== before) {
      await click('[data-action="undo"]');
      await settled();
      const undone = await text();
      report(`Undo: ${undone === before ? 'the text is back byte for byte' : 'the text DIFFERS from before "Use this"'}`, undone !== before);
    }
  }

  // The preview: the search result and social card, then the post as it will read.
  await click('[data-section="preview-h"]');
  await settled();
  await shot('8-preview');
  await (await panel()).evaluate(() => document.querySelector('[data-part="post-preview"]')?.scrollIntoView());
  await shot('9-post');
} catch (error) {
  report(`look: ${error.message}`, true);
} finally {
  await browser?.close().catch(() => undefined);
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  await exited;
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  closeServer();
}
process.exit(failed ? 1 : 0);

function report(line, bad = false) {
  if (bad) failed = true;
  (bad ? console.error : console.log)(line);
}

async function poll(find, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function fail(message) {
  console.error(`look: ${message}`);
  process.exit(1);
}
