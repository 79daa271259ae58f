import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../support/firefox';
import { serveStatic, type StaticServer } from '../support/server';
import { FIXTURES } from '../support/paths';
import { waitUntil, type Evaluate } from '../support/handles';
import { dockedPanel, type DockedPanel } from '../support/firefox-panel';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { DIST } from './support/builds';
import { backgroundState, backgroundUnloaded, discardTab, firefoxHandles, selectTab, tabDiscarded, launchForLifecycle, setIdleTimeout, terminateBackground } from './support/firefox';
import { expectDocked, expectLive, linksPageUrl, statuses } from './support/live';
import { FORGERY } from './support/forgery';
import { sleepProcessGroup } from './support/sleep';
import { buildEditorBundles } from '../editors/support/build';
import { startServer } from '../editors/support/server';
import { EDITOR_POST_LINES, editorPageUrl } from '../support/editor-flow';
import { startSite, type SiteServer } from '../decap/support/server';
import { POST_A, POST_B } from '../decap/support/decap-page';
import { openDecapFirefox, openEntryFirefox, typeInTitleFirefox } from '../support/decap-puppeteer';

/**
 * Firefox with its background idle timeout lowered to 1 s (`extensions.background.idle.timeout`;
 * firefox-idle.test.ts keeps the real default), so Firefox itself unloads the background
 * between the steps; and the extension updated under an open tab, a hostile site, a pop-out.
 */
const IDLE_MS = 1000;
let site: StaticServer;
let links: LinkServer;
let editors: { url: string; close(): Promise<void> };
let ff: FirefoxWithExtension;
let page: Page | undefined;

beforeAll(async () => {
  links = await startLinkServer({ addresses: ['127.0.0.1', '127.0.0.2'] });
  site = await serveStatic({ '/admin/links/': join(FIXTURES, 'links'), '/hostile/': join(FIXTURES, 'hostile') });
  await buildEditorBundles(['cm6-page']);
  editors = await startServer({ lines: EDITOR_POST_LINES });
  ff = await launchForLifecycle(DIST('firefox'), IDLE_MS);
});
afterAll(async () => {
  await ff?.close();
  await editors?.close();
  await site?.close();
  await links?.close();
});
beforeEach(() => links.reset());

/** A fresh editor page (the previous one closed). */
async function openEditor(url = linksPageUrl(site.origin, links)): Promise<Page> {
  if (page && !page.isClosed()) await page.close();
  page = await ff.browser.newPage();
  await page.goto(url);
  return page;
}

describe('Firefox: the background unloaded under the panel', () => {
  it('unloaded by Firefox\'s idle timeout before each step: typing, "Clean links" and "Check links" still work', async () => {
    const h = firefoxHandles(ff, await openEditor());
    await expectDocked(h, 'Trail links worth a second look');
    await backgroundUnloaded(ff, 20_000);
    await expectLive(h, links, 'idle-one');
    await backgroundUnloaded(ff, 20_000);
    await expectLive(h, links, 'idle-two');
  });

  it('a link check running when the background is stopped is asked for again and completes', async () => {
    // One stop, made by the test, in the middle of the check (the 1 s idle timeout of this file
    // would stop it again and again, faster than a slow link answers).
    await setIdleTimeout(ff, 30_000);
    // Firefox arms its idle timer with the timeout of the moment and only reads the pref again
    // when that timer fires: the background started here would stay up to 30 s into the next
    // test. So the pref goes back and this background is stopped; the next one arms 1 s.
    onTestFinished(async () => {
      await setIdleTimeout(ff, IDLE_MS);
      if ((await backgroundState(ff)) === 'running') await terminateBackground(ff);
    });
    const p = await openEditor();
    const h = firefoxHandles(ff, p);
    await expectDocked(h, 'Trail links worth a second look');
    const slow = Array.from({ length: 6 }, (_, i) => `[slow ${i}](${links.origin}/slow/${i}?ms=2500)`).join(' ');
    await h.typeAtEnd(`\n${slow}\n`);
    await waitUntil(() => h.panel(() => document.body.innerText.includes('slow 5'), null), 'the slow links in the panel');
    links.reset();
    await h.clickInPanel('[data-action="check-links"]');
    await waitUntil(async () => links.requests.some((r) => r.path.startsWith('/slow/')), 'the check to reach the slow links');
    await terminateBackground(ff);
    const slowRows = async () => (await statuses(h)).filter(([u]) => u!.startsWith('/slow/'));
    await waitUntil(async () => (await slowRows()).length === 6 && (await slowRows()).every(([, s]) => s === 'ok'), 'every slow link checked after the restart', 40_000).catch(async (error: Error) => {
      // What the panel showed, and what reached the link server, are what a failure needs to be read.
      const notice = await h.panel(() => [document.querySelector('[data-part="link-notice"]')?.textContent, document.querySelector('[data-part="link-progress"]')?.textContent], null);
      throw new Error(`${error.message}: rows ${JSON.stringify(await slowRows())}, panel ${JSON.stringify(notice)}, requests ${JSON.stringify(links.requests.map((r) => r.path))}, background ${await backgroundState(ff)}`);
    });
    const perPath = new Map<string, number>();
    for (const r of links.requests) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
    expect([...perPath].some(([path, n]) => path.startsWith('/slow/') && n >= 2)).toBe(true);
  });

  it('a pop-out panel (its own tab, connected straight to the editor tab) stays live while the background is unloaded', async () => {
    // Links on a site not granted: the docked panel can't prompt in Firefox and offers a tab of its own.
    const other = links.originFor('127.0.0.2');
    const p = await openEditor(`${site.origin}/admin/links/?server=${encodeURIComponent(other)}`);
    const docked = await dockedPanel(ff.browser, p);
    await waitUntil(() => docked.eval(() => document.documentElement.dataset.state === 'ready', null), 'the docked panel');
    await docked.click('[data-action="check-links"]');
    await docked.click('[data-action="open-panel-tab"]');
    const popOut = await waitUntil(async () => {
      for (const tab of await ff.browser.pages()) if (await tab.evaluate(() => location.href.includes('/src/panel/panel.html?popout')).catch(() => false)) return tab;
      return undefined;
    }, 'the pop-out window');
    const inPopOut: Evaluate = (fn, arg) => popOut.evaluate(fn as never, arg) as never;
    await waitUntil(() => inPopOut(() => document.documentElement.dataset.state === 'ready', null), 'the pop-out paired');
    await backgroundUnloaded(ff, 20_000);
    await p.bringToFront();
    await p.evaluate(() => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    await p.keyboard.type(`\n[map](${other}/ok?utm_medium=popout)\n`);
    await waitUntil(() => inPopOut(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 1, null), 'the typing in the pop-out');
    await popOut.bringToFront();
    await popOut.click('[data-action="clean-links"]');
    await waitUntil(async () => (await p.evaluate(() => document.querySelector('textarea')!.value)).includes(`[map](${other}/ok)`), 'the pop-out\'s fix in the editor');
    // The editor's tab closed (by the browser's tabs API: puppeteer's own close is not seen by
    // extensions in Firefox 153) ends the pop-out's session: it says so instead of going stale.
    await inPopOut(() => (globalThis as unknown as { browser: { tabs: { remove(id: number): Promise<void> } } }).browser.tabs.remove(Number(new URLSearchParams(location.search).get('popout'))), null);
    await waitUntil(() => inPopOut(() => document.documentElement.dataset.state === 'no-editor', null), 'the pop-out to let go');
    await popOut.close();
  });
});

describe('Firefox: back/forward, a discarded tab and another file in the same editor, the background unloaded meanwhile', () => {
  it('back/forward: away and back with the background unloaded in between, the panel is docked and live (restored from the back/forward cache, or reloaded)', async () => {
    const p = await openEditor();
    await p.evaluate(() => addEventListener('pageshow', (e) => ((window as unknown as { __restored: boolean }).__restored = e.persisted)));
    await expectDocked(firefoxHandles(ff, p), 'Trail links worth a second look');
    await p.goto(`${site.origin}/hostile/`);
    await backgroundUnloaded(ff, 20_000);
    await p.goBack();
    // Whichever way Firefox brings the page back, it must be right; say which one was tested.
    const restored = await p.evaluate(() => (window as unknown as { __restored?: boolean }).__restored === true);
    console.log(`Firefox back/forward: the page was ${restored ? 'restored from the back/forward cache' : 'loaded again'}`);
    await backgroundUnloaded(ff, 20_000);
    await expectLive(firefoxHandles(ff, p), links, 'ff-after-back');
  });

  it('a discarded tab (unloaded by the browser to save memory), selected again, gets a fresh panel that is docked, and live after the background unloads', async () => {
    // An address of its own: the tab is found by it, and earlier tests' tabs on the same page
    // (with their own typing) may still be open in Firefox.
    const p = await openEditor(`${linksPageUrl(site.origin, links)}&tab=discarded`);
    const url = p.url();
    await expectDocked(firefoxHandles(ff, p), 'Trail links worth a second look');
    await discardTab(ff, url);
    await backgroundUnloaded(ff, 20_000);
    await selectTab(ff, url);
    await waitUntil(async () => !(await tabDiscarded(ff, url)), 'the tab loaded again by selecting it');
    const restored = await waitUntil(async () => {
      for (const tab of await ff.browser.pages()) if ((await tab.evaluate(() => location.href).catch(() => '')) === url) return tab;
      return undefined;
    }, 'the restored page');
    page = restored;
    const h = firefoxHandles(ff, restored);
    await expectDocked(h, 'Trail links worth a second look');
    await backgroundUnloaded(ff, 20_000);
    await expectLive(h, links, 'ff-after-discard');
  });

  const OTHER = '---\ntitle: Another post\n---\nSomething else entirely.\n';
  for (const id of ['codemirror6', 'monaco'] as const) {
    it(`${id}: another file gets a panel of its own showing only that file, live while the background is unloaded`, async () => {
      const p = await openEditor(editorPageUrl(editors.url, id));
      const first = await dockedPanel(ff.browser, p);
      await waitUntil(() => first.eval(() => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes('Field notes'), null), 'the first file in the panel');
      await backgroundUnloaded(ff, 20_000);
      await p.evaluate((text) => (window as unknown as { openOtherFile(t: string): void }).openOtherFile(text), OTHER);
      const next = await dockedPanel(ff.browser, p, first.context);
      const shows = (text: string) => next.eval((t) => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes(t) && !document.body.innerText.includes('Field notes'), text);
      await waitUntil(() => shows('Something else entirely.'), 'the other file, and only it, in the panel');
      await backgroundUnloaded(ff, 20_000);
      await p.bringToFront();
      await p.evaluate((at) => (window as unknown as { setEditorSelection(a: number, b: number): void }).setEditorSelection(at, at), OTHER.length - 2);
      await p.keyboard.type(' Yes');
      await waitUntil(() => shows('entirely Yes.'), 'typing in the other file, in the panel');
    });
  }
});

describe('Firefox: an editor appearing while the background is unloaded', () => {
  it("the content script's request for the editor's driver starts the background: the driver is injected and the panel docks, live", async () => {
    const p = await openEditor(`${editors.url}/admin/editors/plain.html`);
    await waitUntil(() => p.evaluate(() => Object.getOwnPropertyDescriptor(window, '__postPreflightDriver')?.configurable === false), 'the loader');
    await backgroundUnloaded(ff, 20_000);
    expect(await p.evaluate(() => (window as unknown as Record<string, unknown>).__postPreflightDriver)).toBe('');
    await p.evaluate(() => (window as unknown as { openLateEditor(): Promise<void> }).openLateEditor());
    await p.waitForSelector('post-preflight-dock');
    const panel = await dockedPanel(ff.browser, p);
    const shows = (text: string) => panel.eval((t) => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes(t), text);
    await waitUntil(() => shows('Field notes'), "the late editor's post in the panel");
    expect(await p.evaluate(() => (window as unknown as Record<string, unknown>).__postPreflightDriver)).toBe('codemirror6');
    await backgroundUnloaded(ff, 20_000);
    await p.bringToFront();
    await p.evaluate(() => {
      const w = window as unknown as { POST: string; setEditorSelection(a: number, b: number): void };
      const at = w.POST.indexOf('# Field notes') + '# Field notes'.length;
      w.setEditorSelection(at, at);
    });
    await p.keyboard.type(' arrived late');
    await waitUntil(() => shows('Field notes arrived late'), 'typing in the late editor, in the panel');
  });
});

describe('Firefox: navigation inside Decap CMS, the background unloaded before each step', () => {
  let decap: SiteServer;
  beforeAll(async () => void (decap = await startSite()), 60_000);
  afterAll(() => decap?.close());

  it('"Clean links" in entry A, back to the list (the panel goes), entry B (a panel of B only), typing in B, then an entry of another collection (its own rules)', async () => {
    if (page && !page.isClosed()) await page.close();
    page = await ff.browser.newPage();
    const p = page;
    // Leaving a changed entry: Decap asks whether to discard the changes; the user says yes.
    p.on('dialog', (d) => void d.accept());
    await openDecapFirefox(p, decap.origin);
    await openEntryFirefox(p, POST_A);
    await p.waitForSelector('post-preflight-dock');
    const panelA = await dockedPanel(ff.browser, p);
    const text = (panel: DockedPanel, test: (t: string) => boolean, what: string) =>
      waitUntil(async () => {
        const t = await panel.eval(() => (document.documentElement.dataset.state === 'ready' ? document.body.innerText : ''), null);
        return test(t) ? t : undefined;
      }, what);
    const rows = (panel: DockedPanel, rule: string) => panel.eval((r) => document.querySelectorAll(`.diag[data-rule="${r}"]`).length, rule);
    await text(panelA, (t) => t.includes('north fence'), 'entry A in the panel');

    await backgroundUnloaded(ff, 20_000);
    await panelA.click('[data-action="clean-links"]');
    await waitUntil(async () => (await rows(panelA, 'tracking-params')) === 0, 'the panel to see the clean links');

    await backgroundUnloaded(ff, 20_000);
    await p.evaluate(() => void (location.hash = '#/collections/blog'));
    await waitUntil(async () => !(await p.$('post-preflight-dock')), 'the panel to go with the editor');
    await backgroundUnloaded(ff, 20_000);
    await openEntryFirefox(p, POST_B);
    await p.waitForSelector('post-preflight-dock');
    const panelB = await dockedPanel(ff.browser, p, panelA.context);
    const b = await text(panelB, (t) => t.includes('apple harvest'), 'entry B in the panel');
    for (const fromA of ['November', 'north fence']) expect(b).not.toContain(fromA);

    await backgroundUnloaded(ff, 20_000);
    await typeInTitleFirefox(p, ' 2026');
    await text(panelB, (t) => t.includes('October recap 2026'), 'typing in entry B, in the panel');

    await backgroundUnloaded(ff, 20_000);
    await p.evaluate(() => void (location.hash = '#/collections/pages'));
    await waitUntil(async () => !(await p.$('post-preflight-dock')), 'the panel to go with entry B');
    await backgroundUnloaded(ff, 20_000);
    await p.evaluate(() => void (location.hash = '#/collections/pages/entries/about-the-club'));
    await p.waitForSelector('[data-slate-editor="true"]');
    const panelC = await waitUntil(async () => {
      const panel = await dockedPanel(ff.browser, p, panelB.context).catch(() => undefined);
      return panel && (await panel.eval(() => document.body.innerText.includes('first Saturday'), null).catch(() => false)) ? panel : undefined;
    }, 'the page in a panel of its own');
    const c = await text(panelC, (t) => t.includes('A page description needs at least 80 characters.'), 'the page, with its collection\'s rule, in the panel');
    expect(c).not.toContain('apple harvest');
  });
});

describe('Firefox: an update under an open tab, and sites that want a panel of their own', () => {
  it('the extension updated (installed again) while the editor is open: the new version takes over the tab, one panel, live', async () => {
    const h = firefoxHandles(ff, await openEditor());
    await expectDocked(h, 'Trail links worth a second look');
    await ff.browser.installExtension(DIST('firefox'));
    // Firefox runs the new version's content scripts in open tabs and stops the old ones; the
    // new one removes what the old one left (its dock with a dead panel) and docks its own.
    await waitUntil(async () => (await h.page(() => document.querySelectorAll('post-preflight-dock').length, null)) === 1, 'one dock');
    await expectLive(h, links, 'after-update');
    expect(await h.page(() => [document.querySelectorAll('post-preflight-dock').length, document.querySelectorAll('post-preflight-notice').length], null)).toEqual([1, 0]);
  });

  it("the extension updated while a CodeMirror 6 editor is open: the new version's loader gets its driver (the old loader's hook hands it on), one panel, live", async () => {
    const p = await openEditor(editorPageUrl(editors.url, 'codemirror6'));
    const first = await dockedPanel(ff.browser, p);
    await waitUntil(() => first.eval(() => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes('Field notes'), null), 'the post in the panel');
    const drivers = () => p.evaluate(() => String((window as unknown as Record<string, unknown>).__postPreflightDriver));
    expect(await drivers()).toBe('codemirror6');
    await ff.browser.installExtension(DIST('firefox'));
    // The new version's loader can't take the hook the old one defined: it registers with it, and
    // the old loader hands on the driver bundle its content script did not arm it for.
    await waitUntil(async () => (await drivers()) === 'codemirror6,codemirror6', "the new loader to get CodeMirror 6's driver", 20_000);
    await waitUntil(async () => (await p.evaluate(() => document.querySelectorAll('post-preflight-dock').length)) === 1, 'one dock');
    const panel = await dockedPanel(ff.browser, p, first.context);
    const shows = (text: string) => panel.eval((t) => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes(t), text);
    await waitUntil(() => shows('Field notes'), 'the post in the new version\'s panel');
    await p.bringToFront();
    await p.evaluate(() => {
      const w = window as unknown as { POST: string; setEditorSelection(a: number, b: number): void };
      const at = w.POST.indexOf('# Field notes') + '# Field notes'.length;
      w.setEditorSelection(at, at);
    });
    await p.keyboard.type(' after the update');
    await waitUntil(() => shows('Field notes after the update'), 'typing, in the new panel');
  });

  it('the page posting forged pairing offers to every frame it can reach gets nothing; the real panel pairs with the content script', async () => {
    if (page && !page.isClosed()) await page.close();
    page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(FORGERY);
    await page.goto(linksPageUrl(site.origin, links));
    await expectLive(firefoxHandles(ff, page), links, 'forged');
    const forged = await page.evaluate(() => (window as unknown as { __forged: Record<string, number> }).__forged);
    expect(forged).toEqual({ posted: 0, framesSeen: 0, received: 0, overheard: 0 });
  });

  it('a site that iframes or window.opens panel.html (its moz-extension address known) gets a panel paired with nothing', async () => {
    const editor = await openEditor();
    await expectDocked(firefoxHandles(ff, editor), 'Trail links worth a second look');
    const hostile = await ff.browser.newPage();
    await hostile.goto(`${site.origin}/hostile/`);
    const panelHtml = `${ff.base}src/panel/panel.html`;
    // Tab ids are small integers in Firefox: a site could try them all.
    const queries = [`?page=${encodeURIComponent(editor.url())}`, `?token=${'0'.repeat(36)}`, `?pair=${'2'.repeat(64)}`, ...[1, 2, 3, 4, 5, 6].map((id) => `?popout=${id}&key=${'1'.repeat(64)}`)];
    const before = new Set(await ff.browser.pages());
    for (const q of queries) {
      await hostile.evaluate((u) => (window as unknown as { attempt(u: string, how: string): unknown }).attempt(u, 'iframe'), `${panelHtml}${q}`);
      await hostile.evaluate((u) => (window as unknown as { attempt(u: string, how: string): unknown }).attempt(u, 'window'), `${panelHtml}${q}`);
    }
    await new Promise((r) => setTimeout(r, 3000));
    const opened = (await ff.browser.pages()).filter((p) => !before.has(p));
    const seen: { href: string; state?: string; post: boolean }[] = [];
    for (const p of opened) seen.push(await p.evaluate(() => ({ href: location.href, state: document.documentElement.dataset.state, post: document.body.innerText.includes('Trail links') })));
    // The hostile page's own iframes, through BiDi (the same way the docked panel is read).
    const bidi = (ff.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection;
    const tree = await bidi.send('browsingContext.getTree', { root: (hostile.mainFrame() as unknown as { _id: string })._id });
    for (const child of tree.result.contexts[0].children ?? []) {
      const { result } = await bidi.send('script.evaluate', { expression: 'JSON.stringify({ href: location.href, state: document.documentElement.dataset.state, post: document.body.innerText.includes("Trail links") })', target: { context: child.context }, awaitPromise: false });
      seen.push(JSON.parse(result.result.value));
    }
    const panels = seen.filter((s) => s.href.startsWith(panelHtml));
    expect(panels).toHaveLength(queries.length * 2);
    for (const s of panels) {
      expect(s.post, s.href).toBe(false);
      expect(s.state, s.href).not.toBe('ready');
    }
    expect(JSON.stringify(await hostile.evaluate(() => (window as unknown as { frameAttempts: unknown[] }).frameAttempts))).toBe('[]');
    await expectLive(firefoxHandles(ff, editor), links, 'beside-hostile');
    for (const p of [...opened, hostile]) await p.close();
  });
});

// Last in the file: a paused browser comes back with its timers and sockets all due at once, and
// nothing after it should depend on how that settles (a link check in the next test once timed out
// on a busy CI machine).
describe('Firefox: a laptop\'s sleep', () => {
  it('the whole browser paused (as in a laptop\'s sleep: every process stopped, its timers with it) while the background is unloaded, then woken: the panel carries on', async () => {
    const h = firefoxHandles(ff, await openEditor());
    await expectDocked(h, 'Trail links worth a second look');
    await backgroundUnloaded(ff, 20_000);
    // Puppeteer starts Firefox in a process group of its own: the parent and every content process.
    await sleepProcessGroup(ff.browser.process()!.pid!, 5000);
    await expectLive(h, links, 'after-sleep');
  });
});
