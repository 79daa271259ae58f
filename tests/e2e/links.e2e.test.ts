import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { dockedPanel, type DockedPanel } from './support/firefox-panel';
import { FIXTURES, ROOT } from './support/paths';
import { waitUntil, type Evaluate } from './support/handles';
import { startLinkServer, type LinkServer } from '../support/link-server';
import { AXE } from './support/scenario';

/**
 * "Check links" end to end: the panel's click, the background worker's fetches to a local link
 * server, the statuses on the links, and the redirect fix written into the page's textarea.
 *
 * Permission: Chromium's host-permission prompt is a native dialog headless automation can't
 * answer. So this file builds a test variant (PREFLIGHT_TEST_HOSTS) whose `host_permissions`
 * hold http://127.0.0.1/*: the click's `permissions.request` for that origin resolves at once and
 * the rest of the path — background fetch, cache, results, fix — is the real one. In Firefox the
 * prompt is a doorhanger: for links on 127.0.0.2 (not granted) the test presses its real
 * Deny and Allow buttons through privileged BiDi script (`--remote-allow-system-access`).
 */
const TEST_HOSTS = 'http://127.0.0.1/*';
const DIST = (browser: string) => join(ROOT, `dist/${browser}-test-hosts`);

let links: LinkServer;
let site: StaticServer;
let post: string;

beforeAll(async () => {
  const build = spawnSync('node', ['scripts/build-ext.mjs', 'chrome', 'firefox'], { cwd: ROOT, env: { ...process.env, PREFLIGHT_TEST_HOSTS: TEST_HOSTS }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`test build failed: ${build.stderr}`);
  // A second loopback address plays a site the extension has no permission for.
  links = await startLinkServer({ addresses: ['127.0.0.1', '127.0.0.2'] });
  site = await serveStatic({ '/admin/links/': join(FIXTURES, 'links') });
  post = readFileSync(join(FIXTURES, 'links/post.md'), 'utf8').replaceAll('LINK_SERVER', links.origin);
}, 120_000);
afterAll(async () => {
  await site?.close();
  await links?.close();
});

const pageUrl = () => `${site.origin}/admin/links/?server=${encodeURIComponent(links.origin)}`;
const statuses = (panel: Evaluate) =>
  panel(() => [...document.querySelectorAll('.link')].map((li) => [li.querySelector('.link-url')!.textContent!.replace(/^.*:\d+/, ''), li.getAttribute('data-status')]), null);
const EXPECTED = [
  ['/ok', 'ok'],
  ['/moved', 'redirected'],
  ['/missing', 'broken'],
  ['/gone', 'broken'],
  ['mailto:desk@example.org', 'skipped'],
  ['#packing-list', 'ok'],
];

/** After "Check links": the statuses, the findings in Checks, the server actually asked. */
async function expectChecked(panel: Evaluate) {
  await waitUntil(async () => (await statuses(panel)).filter(([, s]) => s).length === EXPECTED.length, 'every link marked', 20_000);
  expect(await statuses(panel)).toEqual(EXPECTED);
  const redirect = await panel(() => document.querySelector('.link[data-status="redirected"] .link-status')!.textContent, null);
  expect(redirect).toBe(`Redirects to ${links.origin}/ok`);
  const rules = await panel(() => [...document.querySelectorAll('.diag[data-rule="link-check"]')].map((d) => d.getAttribute('data-severity')), null);
  expect(rules.sort()).toEqual(['error', 'error', 'info']);
  for (const path of ['/ok', '/moved', '/missing', '/gone']) expect(links.count(path)).toBeGreaterThan(0);
}

describe('Chromium: Check links', () => {
  let chrome: ChromiumWithExtension;
  let page: Page;
  let frame: Frame;
  const panel: Evaluate = (fn, arg) => frame.evaluate(fn as never, arg) as never;
  const textarea = () => page.evaluate(() => document.querySelector('textarea')!.value);

  beforeAll(async () => {
    chrome = await launchChromium(DIST('chrome'));
    page = await chrome.context.newPage();
    await page.goto(pageUrl());
    frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
    await waitUntil(() => panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('marks broken and redirected links of the post, and says why next to the button', async () => {
    links.reset();
    expect(await textarea()).toBe(post);
    const why = await panel(() => document.getElementById('check-links-why')?.textContent ?? '', null);
    expect(why).toContain('never your draft');
    // The browser's own words for the one site this post links to (Chromium's permission dialog).
    expect(why).toContain(`in a prompt that says “Read and change your data on ${new URL(links.origin).hostname}”`);
    await frame.click('[data-action="check-links"]');
    await expectChecked(panel);
    expect(await panel(() => document.querySelector('[data-part="link-notice"]')!.textContent, null)).toBe('Links: 5 addresses — 1 OK, 1 redirected, 2 broken, 1 not a web address (email, phone…).');
    // The statuses and fix buttons keep the panel accessible (contrast included).
    const violations = await panel(async (source) => {
      (0, eval)(source);
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    }, AXE);
    expect(violations).toEqual([]);
  });

  it('a second check is answered from storage.session: no request reaches the server', async () => {
    links.reset();
    await frame.click('[data-action="check-links"]');
    const notice = () => panel(() => document.querySelector('[data-part="link-notice"]')!.textContent, null);
    await waitUntil(async () => (await notice())!.includes('remembered'), 'the second summary');
    expect(await notice()).toBe('Links: 5 addresses — 1 OK, 1 redirected, 2 broken, 1 not a web address (email, phone…). 4 of them remembered from an earlier check.'); // the mailto link needs no network
    expect(links.requests).toEqual([]);
  });

  it('the redirect fix lands in the textarea: the final URL, nothing else changed', async () => {
    await frame.click('.link[data-status="redirected"] [data-action="fix-link"]');
    await waitUntil(async () => (await textarea()) !== post, 'the fixed text');
    expect(await textarea()).toBe(post.replace(`${links.origin}/moved`, `${links.origin}/ok`));
  });

  it('Cancel stops a running check and says so', async () => {
    // A link that never answers keeps the run going until cancelled.
    await page.evaluate((url) => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
      document.execCommand('insertText', false, `\nAnd the [stalled page](${url}).\n`);
    }, `${links.origin}/stall`);
    await waitUntil(() => panel(() => [...document.querySelectorAll('.link-url')].some((e) => e.textContent!.endsWith('/stall')), null), 'the new link in the panel');
    await frame.click('[data-action="check-links"]');
    await waitUntil(() => panel(() => /of \d/.test(document.querySelector('[data-part="link-progress"]')?.textContent ?? ''), null), 'progress n of m');
    await frame.click('[data-action="cancel-link-check"]');
    await waitUntil(() => panel(() => document.querySelector('[data-part="link-notice"]')!.textContent === 'Link check cancelled.', null), 'the cancelled notice');
    expect(await panel(() => document.querySelector('[data-part="link-progress"]'), null)).toBeNull();
    // Take the stalled link out again, as the editor would.
    await page.evaluate((url) => {
      const el = document.querySelector('textarea')!;
      const line = `\nAnd the [stalled page](${url}).\n`;
      const at = el.value.indexOf(line);
      el.focus();
      el.setSelectionRange(at, at + line.length);
      document.execCommand('delete');
    }, `${links.origin}/stall`);
    expect(await textarea()).toBe(post.replace(`${links.origin}/moved`, `${links.origin}/ok`));
  });

  it('with "check new links automatically" on, a typed link is checked without a click; local sites only once a click on "Check links" consented', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/src/options/options.html`);
    await options.check('[data-setting="auto-check-links"]');
    await options.click('button[type="submit"]');
    await options.waitForSelector('text=Saved.');
    await options.close();
    links.reset();
    await page.bringToFront();
    await page.evaluate(() => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    // Every site here is on this machine. 127.0.0.1 had a click on "Check links" above, so typed
    // links to it are checked at once. localhost is granted by the manifest (local editors run
    // there), so the browser would never ask; 127.0.0.2 is granted nowhere. Both wait for a click.
    const other = links.originFor('127.0.0.2');
    const preview = `http://localhost:${links.port}`;
    await page.keyboard.type(`\nThe [long way round](${links.origin}/chain/2) and [a local copy](${other}/ok), [the preview](${preview}/ok).\n`);
    const row = (path: string) => panel((p) => [...document.querySelectorAll('.link')].find((li) => li.querySelector('.link-url')!.textContent!.endsWith(p))?.getAttribute('data-status') ?? 'none', path);
    const label = (path: string) => panel((p) => [...document.querySelectorAll('.link')].find((li) => li.querySelector('.link-url')!.textContent!.endsWith(p))?.querySelector('.link-status')?.textContent ?? '', path);
    await waitUntil(async () => (await row('/chain/2')) === 'redirected', 'the typed link checked', 20_000);
    for (const site of [`127.0.0.2:${links.port}`, `localhost:${links.port}`]) {
      expect(await row(`${site}/ok`)).toBe('not-checked');
      expect(await label(`${site}/ok`)).toBe(`Not checked yet: ${site} is a local address, checked only when you click “Check links”`);
    }
    expect(links.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/chain/2']));
    expect(links.requests.filter((r) => r.host.startsWith('127.0.0.2') || r.host.startsWith('localhost'))).toEqual([]);
    // Links checked before were not asked again.
    expect(links.count('/missing') + links.count('/gone') + links.count('/moved')).toBe(0);
  });

  it('a redirect loop is reported as a loop, after a bounded number of requests (issue 13 item 6)', async () => {
    links.reset();
    await page.bringToFront();
    await page.evaluate(() => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    // Automatic checks are on since the test above: typing the link is enough.
    await page.keyboard.type(`\nThe [round trip](${links.origin}/loop/a).\n`);
    const row = () => panel(() => [...document.querySelectorAll('.link')].find((li) => li.querySelector('.link-url')!.textContent!.endsWith('/loop/a'))?.getAttribute('data-status') ?? 'none', null);
    await waitUntil(async () => (await row()) === 'broken', 'the looping link marked broken', 30_000);
    const loopMessages = await panel(() => [...document.querySelectorAll('.diag[data-rule="link-check"]')].map((d) => d.textContent ?? '').filter((t) => /loop/.test(t)), null);
    expect(loopMessages).toHaveLength(1);
    // Chromium follows at most 20 redirects per fetch (21 requests): one manual request, then
    // HEAD and GET once each, never the retries that used to make it 85 requests.
    const requests = links.count('/loop/a') + links.count('/loop/b');
    expect(requests).toBeGreaterThan(0);
    expect(requests).toBeLessThanOrEqual(1 + 2 * 21);
  });
});

describe('Chromium: nothing can be reached', () => {
  let chrome: ChromiumWithExtension;

  beforeAll(async () => {
    chrome = await launchChromium(DIST('chrome'));
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('says "No link could be reached — are you offline?" once, instead of a warning per link', async () => {
    // Two sites where nothing listens: every visit fails as it does offline.
    const closedPort = async () => {
      const s = createServer();
      await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
      const port = (s.address() as AddressInfo).port;
      await new Promise((ok) => s.close(ok));
      return port;
    };
    const [a, b] = [await closedPort(), await closedPort()];
    const dead = ['---', 'title: Offline', '---', '', `See [one](http://127.0.0.1:${a}/one), [two](http://127.0.0.1:${a}/two) and [three](http://127.0.0.1:${b}/three), or [write](mailto:desk@example.org).`, ''].join('\n');
    const page = await chrome.context.newPage();
    await page.goto(pageUrl());
    const frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
    await waitUntil(() => frame.evaluate(() => document.documentElement.dataset.state === 'ready'), 'panel ready');
    await page.evaluate((text) => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.select();
      document.execCommand('insertText', false, text);
    }, dead);
    await waitUntil(() => frame.evaluate(() => document.querySelectorAll('.link').length === 4), 'the new post in the panel');
    await frame.click('[data-action="check-links"]');
    const notice = await waitUntil(() => frame.evaluate(() => document.querySelector('[data-part="link-notice"]')!.textContent ?? ''), 'the notice', 30_000);
    expect(notice).toBe('No link could be reached — are you offline? None of the 3 addresses on 2 sites answered, so none is marked broken. Check links again once you are connected.');
    expect(await frame.evaluate(() => document.querySelectorAll('.diag[data-rule="link-check"]').length)).toBe(0);
    // Nothing is marked unreachable; the email link, which needs no visit, is still marked.
    expect(await frame.evaluate(() => [...document.querySelectorAll('.link')].map((l) => l.getAttribute('data-status')))).toEqual([null, null, null, 'skipped']);
    await page.close();
  });
});

describe('Firefox: Check links', () => {
  let ff: FirefoxWithExtension;
  let page: PuppeteerPage;
  let docked: DockedPanel;
  const panel: Evaluate = (fn, arg) => docked.eval(fn, arg);
  const textarea = () => page.evaluate(() => document.querySelector('textarea')!.value);

  /** The editor page and its docked panel, scripted through BiDi (support/firefox-panel.ts). */
  async function openEditor(url: string) {
    page = await ff.browser.newPage();
    await page.goto(url);
    await page.waitForSelector('post-preflight-dock');
    docked = await dockedPanel(ff.browser, page);
    await waitUntil(() => panel(() => document.documentElement.dataset.state === 'ready', null), 'the docked panel');
  }

  /** Tab presses from the textarea to a panel control: the dock's resize handle, then the panel's own focusable controls in order. */
  const presses = (selector: string) =>
    panel((sel) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0);
      return focusable.indexOf(document.querySelector<HTMLElement>(sel)!);
    }, selector);
  /**
   * Real Tab presses from the textarea until the control has the focus (at least `index` + 2: the
   * dock's handle, then the controls before it; more where the browser adds stops of its own,
   * e.g. Firefox focuses a scrollable row), then Enter.
   */
  const pressTo = async (index: number, selector: string) => {
    await page.bringToFront();
    await page.focus('textarea');
    let pressed = 0;
    for (; pressed < index + 2; pressed++) await page.keyboard.press('Tab');
    while (!(await panel((sel) => document.hasFocus() && document.activeElement === document.querySelector(sel), selector)) && pressed < index + 40) {
      await page.keyboard.press('Tab');
      pressed++;
    }
    expect(await panel((sel) => document.activeElement === document.querySelector(sel), selector), `focus on ${selector}`).toBe(true);
    await page.keyboard.press('Enter');
  };

  /** Firefox's own permission prompt, pressed through privileged (chrome-scope) BiDi script. */
  async function answerPrompt(answer: 'allow' | 'deny'): Promise<string> {
    const bidi = (ff.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection;
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0].context as string;
    const button = answer === 'allow' ? 'button' : 'secondaryButton';
    const expression = `(() => {
      const w = Services.wm.getMostRecentWindow('navigator:browser');
      const el = w.PopupNotifications.panel.querySelector('popupnotification[popupid="addon-webext-permissions"]');
      if (!el) return '';
      // The whole prompt as shown: its header and the list of what the extension asks for.
      const text = [el.querySelector('.popup-notification-description')?.textContent ?? el.getAttribute('label') ?? '', ...[...el.querySelectorAll('li')].map((li) => li.textContent)].join(' | ');
      el.${button}.click();
      return text || 'prompt';
    })()`;
    return waitUntil(async () => (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result.result.value as string, 'the permission prompt');
  }

  beforeAll(async () => {
    ff = await launchFirefox(DIST('firefox'), ['--remote-allow-system-access']);
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('a real click on "Check links" marks broken and redirected links; the fix lands in the page\'s textarea', async () => {
    // 127.0.0.1 is granted at install here (test build; Firefox also counts the content scripts' hosts).
    await openEditor(pageUrl());
    links.reset();
    expect(await textarea()).toBe(post);
    await docked.click('[data-action="check-links"]');
    await expectChecked(panel);
    await docked.click('.link[data-status="redirected"] [data-action="fix-link"]');
    await waitUntil(async () => (await textarea()) !== post, 'the fixed text');
    expect(await textarea()).toBe(post.replace(`${links.origin}/moved`, `${links.origin}/ok`));
  });

  it('the docked panel, by keyboard: Tab into it, Enter on "Check links", then Enter on the redirect fix; the textarea gets the final URL', async () => {
    // Where the controls are in the Tab order is read in the docked panel itself; the keys are
    // real key presses in the page, and the result is observed in the page's textarea.
    // Links on localhost (granted by the content scripts' hosts in Firefox): not in the cache yet.
    const server = `http://localhost:${links.port}`;
    const fresh = readFileSync(join(FIXTURES, 'links/post.md'), 'utf8').replaceAll('LINK_SERVER', server);
    await openEditor(`${site.origin}/admin/links/?server=${encodeURIComponent(server)}`);
    const checkAt = await presses('[data-action="check-links"]');
    expect(checkAt).toBeGreaterThanOrEqual(0);
    links.reset();
    await pressTo(checkAt, '[data-action="check-links"]');
    await waitUntil(async () => links.requests.some((r) => r.path === '/gone' && r.host.startsWith('localhost')), 'the docked panel\'s check reaching the server');
    await waitUntil(async () => (await statuses(panel)).filter(([, s]) => s).length === EXPECTED.length, 'the links checked');
    const fixAt = await presses('.link[data-status="redirected"] [data-action="fix-link"]');
    expect(fixAt).toBeGreaterThan(checkAt);
    await pressTo(fixAt, '.link[data-status="redirected"] [data-action="fix-link"]');
    await waitUntil(async () => (await textarea()) !== fresh, 'the fixed text');
    expect(await textarea()).toBe(fresh.replace(`${server}/moved`, `${server}/ok`));
  });

  it('on a site not granted yet, the docked panel offers itself in a tab (Firefox prompts only there); that pop-out, opened by the extension and paired by a one-time secret, opens Firefox\'s permission prompt: refused, nothing is fetched and the panel says which links; allowed, they are checked', async () => {
    const other = links.originFor('127.0.0.2');
    await openEditor(`${site.origin}/admin/links/?server=${encodeURIComponent(other)}`);
    links.reset();
    await docked.click('[data-action="check-links"]');
    // permissions.request throws in the docked frame: the sites granted before are checked, the
    // others are named, and the panel offers a tab of its own.
    await docked.click('[data-action="open-panel-tab"]');
    // BiDi reports a window opened on a moz-extension URL as about:blank: found by its location.
    const popOut = await waitUntil(async () => {
      for (const tab of await ff.browser.pages()) {
        if (await tab.evaluate(() => location.href.includes('/src/panel/panel.html?popout')).catch(() => false)) return tab;
      }
      return undefined;
    }, 'the pop-out window');
    const inPopOut: Evaluate = (fn, arg) => popOut.evaluate(fn as never, arg) as never;
    await waitUntil(() => inPopOut(() => document.documentElement.dataset.state === 'ready', null), 'the pop-out paired with the editor');
    expect(await inPopOut(() => document.body.innerText.includes('Packing list'), null)).toBe(true);
    links.reset();
    await popOut.bringToFront();
    await popOut.click('[data-action="check-links"]');
    const prompt = await answerPrompt('deny');
    // The panel quoted the prompt's own words before the click.
    const quoted = await inPopOut(() => document.querySelector('[data-part="prompt-line"]')?.textContent ?? '', null);
    expect(quoted).toBe(`Access your data for sites in ${new URL(other).hostname} domains`);
    expect(prompt).toContain(quoted);
    const notice = () => inPopOut(() => document.querySelector('[data-part="link-notice"]')!.textContent ?? '', null);
    await waitUntil(async () => (await notice()).includes('Not checked'), 'the refusal notice');
    expect(await notice()).toContain(`Not checked: links to ${new URL(other).host}, because permission to visit that site was not given.`);
    expect((await statuses(inPopOut)).map(([, s]) => s)).toEqual(['not-checked', 'not-checked', 'not-checked', 'not-checked', 'skipped', 'ok']);
    expect(links.requests).toEqual([]);

    await popOut.click('[data-action="check-links"]');
    await answerPrompt('allow');
    await waitUntil(async () => (await statuses(inPopOut)).filter(([, s]) => s === 'broken').length === 2, 'the checked links', 20_000);
    expect((await statuses(inPopOut)).map(([, s]) => s)).toEqual(EXPECTED.map(([, s]) => s));
    expect(links.requests.every((r) => r.host === new URL(other).host)).toBe(true);
    // A fix from the pop-out reaches the editor through the same channel.
    const fresh = readFileSync(join(FIXTURES, 'links/post.md'), 'utf8').replaceAll('LINK_SERVER', other);
    expect(await textarea()).toBe(fresh);
    await popOut.click('.link[data-status="redirected"] [data-action="fix-link"]');
    await waitUntil(async () => (await textarea()) !== fresh, 'the pop-out\'s fix in the editor');
    expect(await textarea()).toBe(fresh.replace(`${other}/moved`, `${other}/ok`));
    await popOut.close();
  });
});
