import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { dockedPanel, type DockedPanel } from './support/firefox-panel';
import { FIXTURES, ROOT } from './support/paths';
import { waitUntil, type Evaluate } from './support/handles';
import { panelFrame } from './support/panel-frame';
import { AXE } from './support/scenario';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fix';
import { groupFindings } from '../../src/panel/finding-groups';

/**
 * The Checks view on a long, real-shaped post (our own newsletter fixture, shaped like the
 * 11 KB seed: a dozen tracked links, headings, pasted junk), with one error added so "errors
 * first" shows, and one tracked link turned off by a directive comment.
 */
const POST = readFileSync(join(ROOT, 'tests/fixtures/posts/newsletter-messy.md'), 'utf8')
  .replace(/^date: .*\n/m, '')
  .concat('\n<!-- post-preflight-disable-next-line tracking-params -->\nA [kept link](https://example.org/shop?utm_source=kept) stays as written.\n');
const TRACKING = analyze(POST).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  // A textarea editor page serving the post above, on a path where the extension runs (/admin/*).
  dir = mkdtempSync(join(tmpdir(), 'preflight-panel-ui-'));
  for (const f of ['textarea.html', 'editor-page.js']) copyFileSync(join(FIXTURES, 'admin', f), join(dir, f));
  writeFileSync(join(dir, 'post.md'), POST);
  server = await serveStatic({ '/admin/news/': dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every visible text in the panel with its computed size, and the sizes of the main kinds of text. */
function textSizes() {
  const sizes: { px: number; text: string; cls: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!n.textContent!.trim() || el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
    sizes.push({ px: parseFloat(getComputedStyle(el).fontSize), text: n.textContent!.trim().slice(0, 40), cls: el.className || el.tagName });
  }
  const of = (selector: string) => {
    const el = document.querySelector(selector);
    return el ? parseFloat(getComputedStyle(el).fontSize) : null;
  };
  const rows = [...document.querySelectorAll('.diag')].filter((d) => d.getClientRects().length > 0);
  const messageNotSmaller = rows.every((row) => parseFloat(getComputedStyle(row.querySelector('.diag-msg')!).fontSize) >= parseFloat(getComputedStyle(row.querySelector('.diag-pos')!).fontSize));
  const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
  const kinds = Object.fromEntries(['body', 'h1', '.diag-msg', '.diag-pos', '.fgroup-title', '.sev-badge', '.fix', '.hint', '.link-url', '.sections a', '.counts', '.snippet-url'].map((s) => [s, of(s)]));
  return { smallest, messageNotSmaller, rows: rows.length, kinds };
}

const EXPECTED_SIZES = { body: 14, h1: 15, '.diag-msg': 14, '.diag-pos': 13, '.fgroup-title': 14, '.sev-badge': 13, '.fix': 13, '.hint': 13, '.link-url': 13, '.sections a': 14, '.counts': 13, '.snippet-url': 13 };

describe('Chromium: the grouped Checks view on a long post', () => {
  let chrome: ChromiumWithExtension;
  let page: Page;
  let frame: Frame;
  const panel: Evaluate = (fn, arg) => frame.evaluate(fn as never, arg) as never;
  const textarea = () => page.evaluate(() => document.querySelector('textarea')!.value);
  const groups = () => panel(() => [...document.querySelectorAll<HTMLElement>('.fgroup')].map((g) => ({ rule: g.dataset.group, count: Number(g.dataset.count), open: g.querySelector('.fgroup-toggle')!.getAttribute('aria-expanded') === 'true', title: g.querySelector('.fgroup-title')!.textContent, severity: g.querySelector('.sev-badge')!.textContent })), null);
  const visibleRows = (rule: string) => panel((r) => [...document.querySelectorAll(`.diag[data-rule="${r}"]`)].filter((d) => d.getClientRects().length > 0).length, rule);

  async function open() {
    page ??= await chrome.context.newPage();
    await page.goto(`${server.origin}/admin/news/textarea.html`);
    frame = await panelFrame(page);
    await waitUntil(() => panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    await waitUntil(async () => (await textarea()) === POST, 'the post in the textarea');
  }

  beforeAll(async () => {
    chrome = await launchChromium();
    await open();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('groups findings by rule with counts, errors first; a long group starts closed, opens on click, and the view has no axe violations', async () => {
    const seen = await groups();
    expect(seen[0]).toMatchObject({ rule: 'required-fields', severity: 'Error', open: true });
    const rank = { Error: 0, Warning: 1, Note: 2 } as Record<string, number>;
    expect(seen.map((g) => rank[g.severity!])).toEqual([...seen.map((g) => rank[g.severity!])].sort());
    const tracking = seen.find((g) => g.rule === 'tracking-params')!;
    expect(tracking).toMatchObject({ count: TRACKING, open: false, title: `${TRACKING} links carry tracking parameters` });
    // Closed: the rows are in the document (find-in-page, scripts) but not shown.
    expect(await panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length, null)).toBe(TRACKING);
    expect(await visibleRows('tracking-params')).toBe(0);
    // Each finding is listed once, in exactly one group.
    expect(seen.reduce((n, g) => n + g.count, 0)).toBe(await panel(() => document.querySelectorAll('.diag').length, null));

    await frame.click('.fgroup[data-group="tracking-params"] .fgroup-toggle');
    await waitUntil(async () => (await visibleRows('tracking-params')) === TRACKING, 'the opened group');
    // The shared advice is said once for the group, not in each row.
    const advice = await panel(() => document.querySelector('.fgroup[data-group="tracking-params"] .fgroup-advice')?.textContent ?? '', null);
    expect(advice).toMatch(/readers don't need/);
    expect(await panel((a) => [...document.querySelectorAll('.diag[data-rule="tracking-params"] .diag-more')].filter((e) => e.textContent === a).length, advice)).toBe(0);

    const violations = await panel(async (source) => {
      (0, eval)(source);
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ').slice(0, 300)}`);
    }, AXE);
    expect(violations).toEqual([]);
  });

  it('clicking a row selects its text in the editor', async () => {
    await frame.click('.diag[data-rule="tracking-params"] .diag-go');
    const d = analyze(POST).diagnostics.find((x) => x.ruleId === 'tracking-params')!;
    const selected = await waitUntil(() => page.evaluate(() => {
      const el = document.querySelector('textarea')!;
      return el.value.slice(el.selectionStart, el.selectionEnd);
    }), 'the selection');
    expect(selected).toBe(POST.slice(d.start, d.end));
  });

  it('the section bar reaches each section in one click or one Enter, with counts that match the lists', async () => {
    const bar = await panel(() => Object.fromEntries([...document.querySelectorAll<HTMLAnchorElement>('.sections a')].map((a) => [a.dataset.section, a.textContent!.replace(/\s+/g, ' ').trim()])), null);
    const diags = await panel(() => document.querySelectorAll('.diag').length, null);
    const links = await panel(() => document.querySelectorAll('.link').length, null);
    expect(bar['checks-h']).toBe(`Checks ${diags} findings`);
    expect(bar['links-h']).toBe(`Links ${links} links`);
    expect(bar['preview-h']).toBe('Preview');
    await frame.click('.sections a[data-section="links-h"]');
    const at = await panel(() => ({ focused: document.activeElement?.id, top: document.getElementById('links-h')!.getBoundingClientRect().top, bar: document.querySelector('.bar')!.getBoundingClientRect().bottom }), null);
    expect(at.focused).toBe('links-h');
    // Right under the sticky bar, not hidden behind it.
    expect(at.top).toBeGreaterThanOrEqual(at.bar - 1);
    expect(at.top).toBeLessThan(at.bar + 60);
    // By keyboard: focus on the SEO link, Enter.
    await frame.focus('.sections a[data-section="seo-h"]');
    await page.keyboard.press('Enter');
    await waitUntil(() => panel(() => document.activeElement?.id === 'seo-h', null), 'focus on the SEO heading');
  });

  it('"Ignore" hides a finding for this post, also after a reload, and it can be restored; "Ignore all" does a whole rule', async () => {
    const count = (rule: string) => panel((r) => document.querySelectorAll(`.diag[data-rule="${r}"]`).length, rule);
    const header = () => panel(() => document.querySelector('.counts')!.getAttribute('aria-label'), null);
    const before = await header();
    await frame.click('.diag[data-rule="tracking-params"] [data-action="ignore-finding"]');
    await waitUntil(async () => (await count('tracking-params')) === TRACKING - 1, 'one tracking finding fewer');
    expect(await header()).not.toBe(before);
    expect(await panel(() => document.querySelectorAll('[data-ignored-finding="tracking-params"]').length, null)).toBe(1);

    // Remembered for this post: the page is reloaded, a new panel reads it back.
    await open();
    await waitUntil(async () => (await count('tracking-params')) === TRACKING - 1, 'still ignored after a reload');

    await frame.click('.fgroup[data-group="vague-link-text"] [data-action="ignore-rule"]');
    await waitUntil(async () => (await count('vague-link-text')) === 0, 'the rule ignored');
    expect(await panel(() => document.querySelector('.fgroup[data-group="vague-link-text"]'), null)).toBeNull();

    await frame.click('.ignored .fgroup-toggle');
    await frame.click('[data-ignored-rule="vague-link-text"] [data-action="restore-rule"]');
    await frame.click('[data-ignored-finding="tracking-params"] [data-action="restore-finding"]');
    await waitUntil(async () => (await count('tracking-params')) === TRACKING && (await count('vague-link-text')) > 0, 'both restored');
    expect(await header()).toBe(before);
    // What a directive comment turns off is counted apart, and not restorable here.
    expect(await panel(() => document.querySelector('[data-part="suppressed"]')?.textContent?.replace(/\s+/g, ' ') ?? '', null)).toContain('1 finding is turned off by post-preflight-disable comments');
  });

  it('"Clean all" applies every tracking fix of the group at once, leaving the link a directive comment protects', async () => {
    const [group] = groupFindings(analyze(POST).diagnostics).filter((g) => g.ruleId === 'tracking-params');
    await frame.click('[data-action="fix-group"][data-rule="tracking-params"]');
    await waitUntil(async () => (await textarea()) !== POST, 'the cleaned text');
    expect(await textarea()).toBe(applyEdits(POST, group!.bulk!.edits));
    expect(await textarea()).toContain('https://example.org/shop?utm_source=kept');
    await waitUntil(() => panel(() => document.querySelector('.fgroup[data-group="tracking-params"]') === null, null), 'no tracking group left');
  });

  it('what the last fix did, and its Undo, stay in view wherever the list is scrolled', async () => {
    // After "Clean all" above: read from the Links section and from the very end of the preview.
    const inView = (where: string) =>
      panel((w) => {
        if (w === 'links') document.getElementById('links-h')!.scrollIntoView();
        else scrollTo(0, document.documentElement.scrollHeight);
        const seen = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
        };
        return { scrolled: scrollY > 0, notice: document.querySelector('.notice')?.textContent, noticeSeen: seen(document.querySelector('.notice')), undoSeen: seen(document.querySelector('[data-action="undo"]')) };
      }, where);
    for (const where of ['links', 'end']) expect(await inView(where), where).toEqual({ scrolled: true, notice: 'Tracking parameters removed from every link.', noticeSeen: true, undoSeen: true });
    // The keyboard's way to it: Ctrl+Z in the panel takes the fix back, as the button does.
    await frame.click('#links-h');
    await waitUntil(() => panel(() => document.hasFocus(), null), 'the keyboard in the panel');
    await page.keyboard.press('Control+z');
    await waitUntil(async () => (await textarea()) === POST, 'the text before "Clean all"');
    await waitUntil(() => panel(() => document.querySelector('[data-action="undo"]') === null, null), 'nothing left to undo');
  });

  it('text sizes: message text never smaller than its metadata, nothing under 13 px', async () => {
    await frame.evaluate(() => document.querySelectorAll<HTMLElement>('.fgroup-toggle[aria-expanded="false"]').forEach((b) => b.click()));
    const sizes = await frame.evaluate(textSizes);
    expect(sizes.rows).toBeGreaterThan(10);
    expect(sizes.messageNotSmaller).toBe(true);
    expect(sizes.smallest.px, JSON.stringify(sizes.smallest)).toBeGreaterThanOrEqual(13);
    expect(sizes.kinds).toEqual(EXPECTED_SIZES);
  });
});

describe('Firefox: the same sizes and groups', () => {
  let ff: FirefoxWithExtension;
  let panel: DockedPanel;

  beforeAll(async () => {
    ff = await launchFirefox();
    // The docked panel itself, scripted through BiDi by its frame's browsing context.
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/admin/news/textarea.html`);
    await page.waitForSelector('post-preflight-dock');
    panel = await dockedPanel(ff.browser, page);
    await waitUntil(() => panel.eval(() => document.documentElement.dataset.state === 'ready', null), 'the docked panel');
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('groups by rule like Chromium, and computes the same text sizes', async () => {
    await waitUntil(() => panel.eval(() => document.querySelectorAll('.fgroup').length > 0, null), 'the groups');
    const tracking = await panel.eval(() => document.querySelector<HTMLElement>('.fgroup[data-group="tracking-params"]')!.dataset.count, null);
    expect(Number(tracking)).toBe(TRACKING);
    await panel.eval(() => document.querySelectorAll<HTMLElement>('.fgroup-toggle[aria-expanded="false"]').forEach((b) => b.click()), null);
    const sizes = await panel.eval(textSizes, null);
    expect(sizes.messageNotSmaller).toBe(true);
    expect(sizes.smallest.px, JSON.stringify(sizes.smallest)).toBeGreaterThanOrEqual(13);
    expect(sizes.kinds).toEqual(EXPECTED_SIZES);
  });
});
