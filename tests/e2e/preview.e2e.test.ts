import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Page as PuppeteerPage, Target } from 'puppeteer-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { dockedPanel, type DockedPanel } from './support/firefox-panel';
import { FIXTURES } from './support/paths';
import { waitUntil, type Evaluate } from './support/handles';
import { startRecordingServer, type RecordingServer } from './support/recording-server';
import { ownVectors } from './fixtures/preview/vectors';

/*
 * The preview in the real docked panel, in Chromium (through Playwright) and Firefox (its frame
 * read through WebDriver BiDi, clicked with real pointer clicks: support/firefox-panel.ts). Two
 * promises are checked:
 * - #10 item 7: no script in the draft runs, and no click in the preview navigates the panel's
 *   own frame (every link opens a new tab without opener or referrer, or does nothing). The
 *   draft carries this project's own vectors; with PREFLIGHT_XSS_VECTORS=<path of DOMPurify's
 *   test/fixtures/expect.mjs, kept outside the repository> each of those is rendered too.
 * - #10 item 12: remote images and media are fetched only after "Load for this post", and then
 *   with no referrer and no cookies, seen by a local server that records every request.
 */

let site: StaticServer;
let rec: RecordingServer;

beforeAll(async () => {
  site = await serveStatic({ '/admin/': join(FIXTURES, 'admin') });
  rec = await startRecordingServer();
});
afterAll(async () => {
  await rec?.close();
  await site?.close();
});

/** What one browser lets the test do with the editor page and the panel document. */
interface Surface {
  panel: Evaluate;
  page: Evaluate;
  /** Clicks the n-th navigable element of the preview: a real click where it has a box, else `el.click()`. */
  clickNavigable(n: number, button?: 'left' | 'middle'): Promise<void>;
  /** URLs of tabs opened since the last call, each with whether it still had an opener. */
  takePopups(): Promise<{ url: string; opener: boolean }[]>;
}

const NAVIGABLE = '[data-part="post-preview"] :is(a, area, [href], [*|href], button, input)';

/** The draft, through the textarea as typed text would arrive (one input event). */
async function setPost(s: Surface, text: string): Promise<void> {
  await s.page((t) => {
    const el = document.querySelector('textarea') as HTMLTextAreaElement;
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Watches the panel document: CSP violations (a script the sanitizer let through), dialogs, and a marker a navigation would wipe. */
async function watchPanel(s: Surface): Promise<void> {
  await s.panel(() => {
    const w = window as unknown as Record<string, unknown> & { __hits: string[] };
    if (w.__hits) return;
    w.__hits = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = () => void w.__hits.push(name);
    document.addEventListener('securitypolicyviolation', (e) => void w.__hits.push(`csp ${e.violatedDirective} ${e.blockedURI} ${e.sample} ${(e.target as Element)?.outerHTML?.slice(0, 200)}`));
    w.__stillHere = location.href;
    // What the panel asks to open: only http(s) and mailto may ever be.
    const open = window.open.bind(window);
    w.__opened = [];
    w.__allOpened = [];
    window.open = ((url?: string | URL, ...rest: [string?, string?]) => {
      (w.__opened as string[]).push(String(url));
      (w.__allOpened as string[]).push(String(url));
      return open(url, ...rest);
    }) as typeof window.open;
  }, null);
}

const panelState = (s: Surface) =>
  s.panel(() => {
    const w = window as unknown as { __hits?: string[]; __stillHere?: string; __opened?: string[] };
    const opened = (w.__opened ?? []).splice(0).filter((u) => !/^(https?|mailto):/.test(u));
    return { hits: [...(w.__hits ?? ['watch lost: the panel document was replaced']), ...opened.map((u) => `opened ${u}`)], href: w.__stillHere === location.href ? 'unchanged' : location.href };
  }, null);

/** What in the rendered preview could run script or leave the page: must be nothing. */
const leftovers = (s: Surface) =>
  s.panel(() => {
    const post = document.querySelector('[data-part="post-preview"]')!;
    const found: string[] = [];
    for (const el of post.querySelectorAll('*')) {
      if (/^(script|iframe|frame|object|embed|base|meta|form|style|link|animate|set)$/i.test(el.localName)) found.push(el.localName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || /^(formaction|action|srcdoc|xml:base|attributename|ping)$/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
        // Links: only http(s), mailto and #fragments; media (incl. SVG images): http(s) and data:
        // (an image runs no script).
        const media = /^(src|poster|srcset|background)$/i.test(a.name) || (/href$/i.test(a.name) && /^(image|feimage)$/i.test(el.localName));
        if (media && !/^(https?:|data:)/i.test(a.value.trim())) found.push(`${el.localName}[${a.name}=${a.value.slice(0, 40)}]`);
        if (!media && /href$/i.test(a.name) && !/^(https?:|mailto:|#)/i.test(a.value.trim())) found.push(`${el.localName}[${a.name}=${a.value.slice(0, 40)}]`);
      }
    }
    return found;
  }, null);

/**
 * Renders `html` as the post (after a marker heading, so the test knows this version is in),
 * checks what the sanitizer left, then clicks every link-like element of the preview; returns
 * how many it clicked.
 */
async function sweep(s: Surface, html: string, marker: string): Promise<number> {
  await setPost(s, `---\ntitle: Vectors\n---\n\n# ${marker}\n\n## A heading\n\n${html}\n`);
  await waitUntil(() => s.panel((m) => document.querySelector('[data-part="post-preview"] h1')?.textContent === m, marker), `the preview of ${marker}`);
  expect(await leftovers(s), marker).toEqual([]);
  // Chromium reports the handlers of the draft's HTML as CSP violations while DOMPurify parses it
  // (an inert document, before they are removed): only violations from here on count.
  await new Promise((r) => setTimeout(r, 100));
  await s.panel(() => void (window as unknown as { __hits: string[] }).__hits.splice(0), null);
  const targets = await s.panel((sel) => [...document.querySelectorAll(sel)].map((el) => el.outerHTML.slice(0, 120)), NAVIGABLE);
  for (const [i, what] of targets.entries()) {
    await s.clickNavigable(i);
    // Checked after every click, so a navigation (or a script, or a strange address opened) is
    // named by the element that caused it.
    expect(await panelState(s), `${marker}: a click on ${what}`).toEqual({ hits: [], href: 'unchanged' });
  }
  return targets.length;
}

async function expectNothingRanOrNavigated(s: Surface, what: string): Promise<void> {
  // Let a navigation or a blocked script (which reports asynchronously) show up.
  await new Promise((r) => setTimeout(r, 300));
  expect(await panelState(s), what).toEqual({ hits: [], href: 'unchanged' });
  const popups = await s.takePopups();
  for (const p of popups) {
    // What the panel opened is checked where it asks (window.open, in panelState); a new tab may
    // still show an error page (no network here) or nothing yet (a middle click's background
    // tab), but never an extension page.
    expect(p.url, `${what}: a new tab to an extension page`).not.toMatch(/-extension:/);
    expect(p.opener, `${what}: ${p.url} has an opener`).toBe(false);
  }
}

async function previewNavigationChecks(s: Surface): Promise<void> {
  await watchPanel(s);
  const vectors = ownVectors(rec.origin, await s.panel(() => new URL('/', location.href).href, null));
  rec.reset();
  const clicked = await sweep(s, vectors.map((v, i) => `<div data-vector="${i}">${v.html}</div>`).join('\n\n'), 'own vectors');
  expect(clicked).toBeGreaterThanOrEqual(20);
  // Every http link was opened by the panel, in a new tab; the requests that reached the site
  // (the browser loads those tabs in its own time) named no referrer.
  const expected = ['/clicked/animated', '/clicked/area', '/clicked/ping', '/clicked/plain', '/clicked/self', '/clicked/svg', '/clicked/top'];
  const asked = await s.panel(() => (window as unknown as { __allOpened: string[] }).__allOpened, null);
  expect([...new Set(asked.filter((u) => u.startsWith('http')).map((u) => new URL(u).pathname))].sort()).toEqual(expected);
  expect(asked.filter((u) => !u.startsWith('http'))).toEqual(['mailto:desk@example.org']);
  const loaded = () => [...new Set(rec.hits('/clicked/').map((r) => r.path))];
  await waitUntil(async () => loaded().length >= expected.length, 'the new tabs to load').catch(() => undefined);
  await expectNothingRanOrNavigated(s, 'own vectors');
  expect(loaded().length).toBeGreaterThan(0);
  expect(loaded().filter((p) => !expected.includes(p))).toEqual([]);
  expect(rec.hits('/clicked/').filter((r) => r.referer)).toEqual([]);
  // A middle click (auxclick) goes nowhere either.
  const first = await s.panel((sel) => [...document.querySelectorAll(sel)].findIndex((el) => el.textContent === 'plain link'), NAVIGABLE);
  await s.clickNavigable(first, 'middle');
  await expectNothingRanOrNavigated(s, 'middle click');

  const path = process.env.PREFLIGHT_XSS_VECTORS;
  if (!path) return;
  // DOMPurify's own vectors, one post each (several leave elements open that would swallow the next).
  const fixtures = ((await import(path)) as { default: { title: string; payload: string }[] }).default;
  let links = 0;
  for (const [i, v] of fixtures.entries()) {
    links += await sweep(s, v.payload, `DOMPurify vector ${i}`);
    await expectNothingRanOrNavigated(s, `DOMPurify vector ${i}: ${v.title}`);
  }
  console.log(`DOMPurify vectors: ${fixtures.length} rendered, ${links} link-like elements clicked, no script ran, the panel never navigated.`);
}

/**
 * #10 item 11 in the real panel: a bidi control and a look-alike host are flagged, and the link
 * list shows the address as it really is (controls written out, the host in its xn-- form), never
 * the spoof the raw characters would display.
 */
async function deceptiveLinkChecks(s: Surface): Promise<void> {
  const RLO = '\u202e';
  await setPost(s, `---\ntitle: Deceptive\n---\n\nLog in at [Apple](https://\u0430pple.com/login) and get [the invoice](https://files.example.org/invoice-${RLO}fdp.exe).\n`);
  const read = () =>
    s.panel(
      () => ({
        urls: [...document.querySelectorAll('.links .link-url')].map((e) => e.textContent ?? ''),
        flagged: [...document.querySelectorAll('[data-rule="deceptive-link"]')].length,
      }),
      null,
    );
  await waitUntil(async () => (await read()).urls.some((u) => u.includes('xn--pple-43d.com')), 'the link list with the deceptive addresses');
  const { urls, flagged } = await read();
  expect(urls).toEqual(expect.arrayContaining(['https://xn--pple-43d.com/login', 'https://files.example.org/invoice-[U+202E]fdp.exe']));
  expect(urls.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0430]/);
  // Both links carry the rule's finding (in the checks list and as a flag on the link row).
  expect(flagged).toBeGreaterThanOrEqual(2);
}

/** A post whose images, video and social card live on the recording server (another site). */
const mediaPost = (tag: string) =>
  `---\ntitle: Media ${tag}\nimage: ${rec.origin}/img/card-${tag}.png\n---\n\n# Media ${tag}\n\n![A remote picture](${rec.origin}/img/a-${tag}.png)\n\n` +
  `<img srcset="${rec.origin}/img/b-${tag}.png 1x, ${rec.origin}/img/b2-${tag}.png 2x" alt="srcset picture">\n\n<video src="${rec.origin}/media/v-${tag}.mp4" poster="${rec.origin}/img/p-${tag}.png" preload="auto"></video>\n`;

/** The element itself, or (an SVG <a> has no box of its own) its first descendant with a box; null when none has one. */
async function clickTarget(el: ReturnType<Frame['locator']>) {
  for (const candidate of [el, el.locator('*')]) {
    const count = candidate === el ? 1 : await candidate.count();
    for (let i = 0; i < count; i++) {
      const c = candidate === el ? el : candidate.nth(i);
      const box = await c.boundingBox();
      if (box && box.width > 0 && box.height > 0) return c;
    }
  }
  return null;
}

describe('Chromium, the docked panel', () => {
  let chrome: ChromiumWithExtension;
  let page: Page;
  let frame: Frame;
  let surface: Surface;
  const popups: Page[] = [];

  beforeAll(async () => {
    chrome = await launchChromium();
    // The user has been to the other site: it holds cookies of every SameSite kind.
    const visit = await chrome.context.newPage();
    await visit.goto(`${rec.origin}/set-cookie`);
    await visit.close();
    page = await chrome.context.newPage();
    await page.goto(`${site.origin}/admin/textarea.html`);
    frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
    await waitUntil(() => frame.evaluate(() => document.documentElement.dataset.state === 'ready'), 'panel ready');
    chrome.context.on('page', (p) => popups.push(p));
    surface = {
      panel: (fn, arg) => frame.evaluate(fn as never, arg) as never,
      page: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async clickNavigable(n, button = 'left') {
        const el = frame.locator(NAVIGABLE).nth(n);
        const target = await clickTarget(el);
        if (target) {
          await target.scrollIntoViewIfNeeded();
          await target.click({ button, force: true, timeout: 10_000 });
        } else {
          await el.evaluate((e) => (e as HTMLElement).click?.() ?? e.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
        }
      },
      async takePopups() {
        const out: { url: string; opener: boolean }[] = [];
        for (const p of popups.splice(0)) {
          await p.waitForLoadState('domcontentloaded').catch(() => undefined);
          await waitUntil(async () => p.url() !== '', 'the new tab\'s address', 3000).catch(() => undefined);
          out.push({ url: p.url(), opener: await p.evaluate(() => window.opener !== null).catch(() => false) });
          await p.close();
        }
        return out;
      },
    };
  }, 60_000);
  afterAll(async () => {
    await chrome?.close();
  });

  it('#10 item 7: no script runs and no click in the preview navigates the panel frame', async () => {
    await previewNavigationChecks(surface);
  }, 600_000);

  it('#10 item 11: deceptive links are flagged and the link list shows them escaped and punycoded', async () => {
    await deceptiveLinkChecks(surface);
  });

  it('#10 item 7: the options page shows no options when framed (only an extension page could frame it)', async () => {
    // (Inside the docked panel Chromium refuses to load it at all: it is not web-accessible and the
    // frame's ancestor is the web page. A top-level extension page may frame it.)
    const host = await chrome.context.newPage();
    await host.goto(`chrome-extension://${chrome.extensionId}/src/panel/panel.html`);
    const text = await host.evaluate(async () => {
      const f = document.createElement('iframe');
      f.src = new URL('/src/options/options.html', location.href).href;
      document.body.append(f);
      await new Promise((r) => f.addEventListener('load', r, { once: true }));
      await new Promise((r) => setTimeout(r, 300));
      const body = f.contentDocument!.body;
      const out = { text: body.innerText, inputs: body.querySelectorAll('input, select, textarea').length };
      f.remove();
      return out;
    });
    await host.close();
    expect(text).toEqual({ text: expect.stringContaining('The options open in their own tab only.'), inputs: 0 });
  });

  it('#10 item 12: remote media wait for "Load for this post"; then no cookie and no referrer reach the other site', async () => {
    rec.reset();
    await setPost(surface, mediaPost('c'));
    await waitUntil(() => surface.panel(() => document.querySelector('[data-part="held-media"]')?.textContent ?? '', null), 'the held-media notice');
    expect(await surface.panel(() => document.querySelector('[data-part="held-media"]')!.textContent, null)).toContain(`4 images or media files from localhost:${rec.port} not loaded`);
    await new Promise((r) => setTimeout(r, 500));
    expect(rec.hits('/img/').length + rec.hits('/media/').length).toBe(0);
    await frame.click('[data-action="load-media"]');
    await waitUntil(async () => rec.hits('/img/a-c.png').length > 0 && rec.hits('/img/card-c.png').length > 0 && rec.hits('/media/v-c.mp4').length > 0, 'the media requests');
    const sent = [...rec.hits('/img/'), ...rec.hits('/media/')];
    expect(sent.map((r) => [r.path, r.cookie ?? null, r.referer ?? null])).toEqual(sent.map((r) => [r.path, null, null]));
    expect(await surface.panel(() => document.querySelector('[data-part="held-media"]'), null)).toBeNull();
  });
});

describe('Firefox, the docked panel', () => {
  let ff: FirefoxWithExtension;
  let page: PuppeteerPage;
  let docked: DockedPanel;
  let surface: Surface;
  const popups: Target[] = [];

  beforeAll(async () => {
    ff = await launchFirefox();
    const visit = await ff.browser.newPage();
    await visit.goto(`${rec.origin}/set-cookie`);
    await visit.close();
    page = await ff.browser.newPage();
    await page.goto(`${site.origin}/admin/textarea.html`);
    await page.waitForSelector('post-preflight-dock');
    docked = await dockedPanel(ff.browser, page);
    await waitUntil(() => docked.eval(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    ff.browser.on('targetcreated', (t: Target) => void popups.push(t));
    surface = {
      panel: docked.eval,
      // The editor tab in front first: in a background tab Firefox holds back the content
      // script's deferred work, so a typed change would not reach the panel.
      page: async (fn, arg) => {
        await page.bringToFront();
        return page.evaluate(fn as never, arg) as never;
      },
      async clickNavigable(n, button = 'left') {
        // Where the element (or, for an SVG <a> with no box of its own, its first descendant with
        // one) is on screen: its box in the panel plus the panel's place (mozInnerScreenX/Y).
        const spot = await docked.eval(({ sel, n }) => {
          const el = document.querySelectorAll(sel)[n];
          if (!el) return null;
          const target = [el, ...el.querySelectorAll('*')].find((c) => {
            const r = c.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          });
          if (!target) return { none: true as const };
          target.scrollIntoView({ block: 'center' });
          const r = target.getBoundingClientRect();
          const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number; __clicks?: number };
          if (w.__clicks === undefined) {
            // Counts what reaches the document, so a click Firefox dropped under load is sent again.
            w.__clicks = 0;
            for (const type of ['click', 'auxclick']) document.addEventListener(type, () => void (w.__clicks! += 1), { capture: true });
          }
          return { x: w.mozInnerScreenX + r.left + r.width / 2, y: w.mozInnerScreenY + r.top + r.height / 2 };
        }, { sel: NAVIGABLE, n });
        const clickInPanel = () =>
          docked.eval(({ sel, n }) => {
            const e = document.querySelectorAll(sel)[n];
            if (e) (e as HTMLElement).click?.() ?? e.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          }, { sel: NAVIGABLE, n });
        if (!spot) return;
        if ('none' in spot) return void (await clickInPanel().catch(() => undefined));
        try {
          const seen = () => docked.eval(() => (window as unknown as { __clicks?: number }).__clicks ?? 0, null);
          let reached = false;
          for (let attempt = 0; attempt < 3 && !reached; attempt++) {
            const before = await seen();
            // The last click may have opened a tab in front of the editor's: a click sent before
            // it is shown again lands nowhere.
            await page.bringToFront();
            const origin = await page.evaluate(() => {
              const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
              return { x: w.mozInnerScreenX, y: w.mozInnerScreenY };
            });
            await page.mouse.click(spot.x - origin.x, spot.y - origin.y, { button });
            reached = await waitUntil(async () => (await seen()) > before, 'the click to reach the panel', 1500).then(() => true, () => false);
          }
          if (!reached) await clickInPanel();
        } catch {
          // A click that navigates the panel leaves its elements unknown: the check after the click names it.
        }
      },
      async takePopups() {
        const out: { url: string; opener: boolean }[] = [];
        for (const t of popups.splice(0)) {
          const p = await t.page().catch(() => null);
          if (!p) continue;
          await new Promise((r) => setTimeout(r, 200));
          out.push({ url: p.url(), opener: await p.evaluate(() => window.opener !== null).catch(() => false) });
          await p.close().catch(() => undefined);
        }
        return out;
      },
    };
  }, 60_000);
  beforeEach(async () => {
    // Tabs an earlier test's clicks opened (and left open if it failed) don't carry over.
    await surface?.takePopups();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('#10 item 7: no script runs and no click in the preview navigates the panel', async () => {
    await previewNavigationChecks(surface);
  }, 600_000);

  it('#10 item 11: deceptive links are flagged and the link list shows them escaped and punycoded', async () => {
    await deceptiveLinkChecks(surface);
  });

  it('#10 item 12: nothing is fetched until "Load for this post"; then no cookie and no referrer reach the other site', async () => {
    rec.reset();
    await setPost(surface, mediaPost('f'));
    await waitUntil(() => surface.panel(() => document.querySelector('[data-part="held-media"]')?.textContent ?? '', null), 'the held-media notice');
    expect(await surface.panel(() => document.querySelector('[data-part="held-media"]')!.textContent, null)).toContain(`not loaded`);
    await new Promise((r) => setTimeout(r, 500));
    expect(rec.hits('/img/').length + rec.hits('/media/').length).toBe(0);
    await docked.click('[data-action="load-media"]');
    await waitUntil(async () => rec.hits('/img/a-f.png').length > 0 && rec.hits('/media/v-f.mp4').length > 0, 'the media requests');
    const sent = [...rec.hits('/img/'), ...rec.hits('/media/')];
    expect(sent.map((r) => [r.path, r.cookie ?? null, r.referer ?? null])).toEqual(sent.map((r) => [r.path, null, null]));
    expect(await surface.panel(() => document.querySelector('[data-part="held-media"]'), null)).toBeNull();
  });

  it('#10 item 12: with "Always load" the docked panel fetches the media with no cookie and no referrer', async () => {
    // The options as the options page saves them (storage.sync), written from an extension page.
    await docked.eval(() => (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } }).browser.storage.sync.set({ settings: { remoteMedia: 'load' } }), null);
    rec.reset();
    await page.bringToFront();
    await setPost(surface, mediaPost('docked'));
    await waitUntil(async () => rec.hits('/img/a-docked.png').length > 0 && rec.hits('/media/v-docked.mp4').length > 0, 'the docked panel\'s media requests');
    const sent = [...rec.hits('/img/'), ...rec.hits('/media/')];
    expect(sent.map((r) => [r.path, r.cookie ?? null, r.referer ?? null])).toEqual(sent.map((r) => [r.path, null, null]));
  });
});
