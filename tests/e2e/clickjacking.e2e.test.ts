import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { FIXTURES } from './support/paths';
import { waitUntil } from './support/handles';
import { POST, cleaned } from './support/scenario';

/*
 * #10 item 8, clickjacking: the page tries to make the docked panel invisible (or covered) while
 * it stays clickable, then the user clicks "Clean links" in it. For every attack, either the
 * panel still looks exactly as it did (screenshot of its place in the page, before and after the
 * attack) and the click works, or the change is refused. Never: a change made through a panel the
 * user could not see. Chromium clicks the docked panel directly; Firefox (whose docked frame the
 * automation can't script) reaches the button with Tab and presses Enter, and the result is read
 * in the page's textarea.
 */

type Outcome = 'shown' | 'refused';
interface Attack {
  name: string;
  css?: string;
  /** Page script run after the panel is up (the page's own world). */
  script?: string;
  /** What must happen in each browser (where they draw the top layer differently). */
  chromium: Outcome;
  firefox: Outcome;
}

const DECOY = 'position: fixed; inset: 0; background: #fff; pointer-events: none;';
const ATTACKS: Attack[] = [
  { name: 'opacity 0 on the host', css: 'post-preflight-dock { opacity: 0 !important }', chromium: 'shown', firefox: 'shown' },
  { name: 'scaled-down host', css: 'post-preflight-dock { transform: scale(0.01) !important; scale: 0.01 !important }', chromium: 'shown', firefox: 'shown' },
  { name: 'clipped, masked and blended host', css: 'post-preflight-dock { clip-path: inset(50%) !important; mask: linear-gradient(transparent, transparent) !important; mix-blend-mode: difference !important; filter: opacity(0) !important }', chromium: 'shown', firefox: 'shown' },
  { name: 'a decoy pseudo-element on the host', css: `post-preflight-dock::after { content: "" !important; display: block !important; ${DECOY} z-index: 2147483647 }`, chromium: 'shown', firefox: 'shown' },
  { name: 'a decoy overlay above every z-index', script: `const d = document.createElement('div'); d.style.cssText = '${DECOY} z-index: 2147483647'; document.body.append(d);`, chromium: 'shown', firefox: 'shown' },
  { name: 'opacity 0 on <body>', css: 'body { opacity: 0 !important }', chromium: 'shown', firefox: 'shown' },
  { name: 'page script setting the host\'s opacity and closing its popover', script: "const h = document.querySelector('post-preflight-dock'); h.style.setProperty('opacity', '0', 'important'); h.hidePopover();", chromium: 'shown', firefox: 'shown' },
  { name: 'a filter on <html>', css: 'html { filter: opacity(0) !important }', chromium: 'refused', firefox: 'refused' },
  { name: 'zoom on <html>', css: 'html { zoom: 0.2 }', chromium: 'refused', firefox: 'refused' },
  { name: 'a decoy in the top layer, above the panel', script: `const d = document.createElement('div'); d.popover = 'manual'; d.style.cssText = '${DECOY} margin: 0; border: 0; width: 100vw; height: 100vh'; document.body.append(d); d.showPopover();`, chromium: 'refused', firefox: 'refused' },
];

let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic({ '/admin/': join(FIXTURES, 'admin') });
});
afterAll(async () => {
  await site?.close();
});

/** Fraction of pixels that differ between two PNG screenshots of the same size, decoded by the browser. */
async function pixelDifference(page: { evaluate: Page['evaluate'] }, a: string, b: string): Promise<number> {
  return page.evaluate(async ([x, y]: [string, string]) => {
    const decode = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height).data;
    };
    const [p, q] = [await decode(x), await decode(y)];
    if (p.length !== q.length) return 1;
    let differing = 0;
    for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 48) differing++;
    return differing / (p.length / 4);
  }, [a, b] as [string, string]);
}

const textarea = () => (document.querySelector('textarea') as HTMLTextAreaElement).value;
const dockBox = () => {
  const r = document.querySelector('post-preflight-dock')!.getBoundingClientRect();
  return { x: Math.max(0, r.x), y: 0, width: Math.min(r.width, innerWidth - Math.max(0, r.x)), height: innerHeight };
};

describe('Chromium: the docked panel refuses changes it can\'t prove the user sees', () => {
  let chrome: ChromiumWithExtension;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  async function open(): Promise<{ page: Page; frame: Frame }> {
    const page = await chrome.context.newPage();
    await page.goto(`${site.origin}/admin/textarea.html`);
    const frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
    await waitUntil(() => frame.evaluate(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 2), 'the tracking rows');
    return { page, frame };
  }

  /** A real mouse click where the button is drawn in the page (zoom and all), as the user would click it. */
  async function clickCleanLinks(page: Page, frame: Frame): Promise<void> {
    const inFrame = await frame.evaluate(() => {
      const b = document.querySelector('[data-action="clean-links"]')!;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: innerWidth, h: innerHeight };
    });
    const host = await page.evaluate(() => {
      const r = document.querySelector('post-preflight-dock')!.getBoundingClientRect();
      return { right: r.right, top: r.top, height: r.height };
    });
    const scale = host.height / inFrame.h;
    await page.mouse.click(host.right - (inFrame.w - inFrame.x) * scale, host.top + inFrame.y * scale);
  }

  for (const attack of ATTACKS) {
    it(`${attack.name}: ${attack.chromium === 'shown' ? 'the panel stays as it was, and the click works' : 'the change is refused with a reason, and works once the page stops'}`, async () => {
      const { page, frame } = await open();
      const clip = await page.evaluate(dockBox);
      // The panel at rest (its preview is filled at an idle moment): two equal shots in a row.
      let before = '';
      for (let i = 0, last = ''; i < 10; i++, last = before) {
        before = (await page.screenshot({ clip })).toString('base64');
        if (before === last) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const style = attack.css ? await page.addStyleTag({ content: attack.css }) : undefined;
      if (attack.script) await page.evaluate(attack.script);
      await new Promise((r) => setTimeout(r, 300)); // the browser's visibility verdict follows within ~100 ms
      const after = (await page.screenshot({ clip: await page.evaluate(dockBox) }).catch(() => Buffer.alloc(0))).toString('base64');
      const changed = after === before ? 0 : await pixelDifference(page, before, after).catch(() => 1);
      // The user's click, where the button is on screen (whatever lies over it gets it first).
      await clickCleanLinks(page, frame);
      const notice = () => frame.evaluate(() => document.querySelector('.notice')?.textContent ?? '');
      await waitUntil(async () => (await page.evaluate(textarea)) !== POST || (await notice()).startsWith('Not changed'), 'the click to be answered');
      if (attack.chromium === 'shown') {
        expect(changed, 'the panel looks as before the attack').toBeLessThan(0.01);
        expect(await page.evaluate(textarea)).toBe(cleaned(POST));
      } else {
        expect(await notice()).toMatch(/^Not changed: .+\. A click on a panel you can't fully see/);
        expect(await page.evaluate(textarea)).toBe(POST);
        // Refused because of the attack, not for good: once the page stops, the same click works.
        await style?.evaluate((el) => (el as HTMLElement).remove());
        await page.evaluate(() => document.querySelectorAll('[popover]:not(post-preflight-dock)').forEach((el) => el.remove()));
        await new Promise((r) => setTimeout(r, 300));
        await clickCleanLinks(page, frame);
        await waitUntil(async () => (await page.evaluate(textarea)) === cleaned(POST), 'the cleaned text once the page stopped');
      }
      await page.close();
    });
  }
});

describe('Firefox: the docked panel, driven by keyboard', () => {
  let ff: FirefoxWithExtension;
  let tabCount = 0;
  beforeAll(async () => {
    ff = await launchFirefox();
    // How many Tab presses reach "Clean links" from the textarea: counted in a panel tab (the
    // docked panel adds its resize handle and collapse button before its own controls).
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}/admin/textarea.html`);
    await page.waitForSelector('post-preflight-dock');
    const panel = await ff.browser.newPage();
    await panel.goto(`${site.origin}/admin/post.md`);
    await panel.evaluate((target) => void (location.href = target), `${ff.base}src/panel/panel.html?page=${encodeURIComponent(page.url())}`);
    await waitUntil(() => panel.evaluate(() => location.protocol === 'moz-extension:' && document.querySelectorAll('.diag[data-rule="tracking-params"]').length === 2), 'the panel tab');
    const index = await panel.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0);
      return focusable.indexOf(document.querySelector<HTMLElement>('[data-action="clean-links"]')!);
    });
    expect(index).toBeGreaterThanOrEqual(0);
    tabCount = index + 3;
    await panel.close();
    await page.close();
  });
  afterAll(async () => {
    await ff?.close();
  });

  async function open(): Promise<PuppeteerPage> {
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}/admin/textarea.html`);
    await page.waitForSelector('post-preflight-dock');
    await waitUntil(() => page.evaluate(() => document.querySelector('textarea')!.value.length > 0), 'the post');
    await new Promise((r) => setTimeout(r, 1500)); // the docked panel renders the post
    return page;
  }

  const ANSWER_MS = 1500;
  for (const attack of ATTACKS) {
    it(`${attack.name}: ${attack.firefox === 'shown' ? 'the panel stays as it was, and Enter cleans the links' : 'Enter changes nothing until the page stops'}`, async () => {
      const page = await open();
      const clip = await page.evaluate(dockBox);
      let before = '';
      for (let i = 0, last = ''; i < 10; i++, last = before) {
        before = await page.screenshot({ clip, encoding: 'base64' });
        if (before === last) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const style = attack.css ? await page.addStyleTag({ content: attack.css }) : undefined;
      if (attack.script) await page.evaluate(attack.script);
      await new Promise((r) => setTimeout(r, 300));
      const after = await page.screenshot({ clip: await page.evaluate(dockBox), encoding: 'base64' });
      const changed = after === before ? 0 : await pixelDifference(page as never, before, after).catch(() => 1);
      await page.focus('textarea');
      for (let i = 0; i < tabCount; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (attack.firefox === 'shown') {
        expect(changed, 'the panel looks as before the attack').toBeLessThan(0.01);
        await waitUntil(async () => (await page.evaluate(textarea)) === cleaned(POST), 'the cleaned text');
      } else {
        await new Promise((r) => setTimeout(r, ANSWER_MS));
        expect(await page.evaluate(textarea)).toBe(POST);
        // The same button, pressed again once the page stops, works: the first press was refused, not lost.
        await style?.evaluate((el) => el.remove());
        if (attack.script) await page.evaluate(() => document.querySelectorAll('[popover]:not(post-preflight-dock)').forEach((el) => el.remove()));
        await new Promise((r) => setTimeout(r, 300));
        await page.focus('textarea');
        for (let i = 0; i < tabCount; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitUntil(async () => (await page.evaluate(textarea)) === cleaned(POST), 'the cleaned text once the page stopped');
      }
      await page.close();
    });
  }
});
