import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './support/server';
import { launchChromium } from './support/chromium';
import { launchFirefox } from './support/firefox';
import { dockedPanel } from './support/firefox-panel';
import { panelFrame } from './support/panel-frame';
import { dockBox } from './support/layout';
import { waitUntil } from './support/handles';
import { ROOT } from './support/paths';
import '../../src/i18n/all-catalogs'; // t() here compares with every language (the CLI's way)
import { t, type Locale } from '../../src/i18n';

/**
 * The interface in the browser's own UI language, set the way a user's is, never injected:
 * Chromium started with `--lang` and the process's LANGUAGE/LANG (on Linux Chromium takes its
 * UI locale from the environment), Firefox with the Debian language pack installed and
 * `intl.locale.requested`. What `i18n.getUILanguage()` returns is checked first; then the
 * panel's section heading, a group title, a check message and the options page's heading.
 */
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/preflight-demo/': join(ROOT, 'demo') });
});
afterAll(async () => {
  await server?.close();
});

interface Seen {
  uiLanguage: string;
  checksHeading: string;
  altGroup: string;
  altMessage: string;
  optionsHeading: string;
  optionsLang: string;
}

function expectLocale(seen: Seen, locale: Locale) {
  // The figure the browser gave, for the log: what getUILanguage() really returned.
  console.info(`getUILanguage() = ${seen.uiLanguage}; panel heading ${seen.checksHeading}`);
  expect(seen.uiLanguage.replace('_', '-').split('-')[0]).toBe(locale);
  expect(seen.checksHeading).toBe(t(locale, 'sectionChecks'));
  expect(seen.altGroup).toBe(t(locale, 'groupImageAlt', { count: 1 }));
  // The row shows the message's first sentence.
  expect(seen.altMessage.length).toBeGreaterThan(5);
  expect(t(locale, 'ruleImageAltMarkdown').startsWith(seen.altMessage)).toBe(true);
  expect(seen.optionsHeading).toBe(t(locale, 'optTitle'));
  expect(seen.optionsLang).toBe(locale);
  // And none of it is the English text.
  expect(seen.checksHeading).not.toBe(t('en', 'sectionChecks'));
  expect(seen.altMessage).not.toBe(t('en', 'ruleImageAltMarkdown').slice(0, seen.altMessage.length));
}

const readPanel = () => ({
  checksHeading: document.getElementById('checks-h')?.textContent ?? '',
  altGroup: document.querySelector('[data-group="image-alt"] .fgroup-title')?.textContent ?? '',
  altMessage: document.querySelector('.diag[data-rule="image-alt"] .diag-msg')?.textContent ?? '',
});
const readOptions = () => ({
  optionsHeading: document.querySelector('h1')?.textContent ?? '',
  optionsLang: document.documentElement.lang,
  uiLanguage: ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage() as string,
});

const CHROMIUM_ENV: Record<'de' | 'ja', Record<string, string>> = {
  de: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
  ja: { LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8' },
};

describe.each(['de', 'ja'] as const)('UI language %s', (locale) => {
  it('Chromium: panel, check message and options page', async () => {
    const chrome = await launchChromium(undefined, undefined, { args: [`--lang=${locale}`], env: CHROMIUM_ENV[locale] });
    try {
      const options = await chrome.context.newPage();
      await options.goto(`chrome-extension://${chrome.extensionId}/src/options/options.html`);
      await options.waitForSelector('h1');
      const fromOptions = await options.evaluate(readOptions);
      const page = await chrome.context.newPage();
      await page.goto(`${server.origin}/preflight-demo/`);
      const frame = await panelFrame(page);
      const fromPanel = await waitUntil(async () => {
        const seen = await frame.evaluate(readPanel);
        return seen.altMessage ? seen : undefined;
      }, 'the image-alt finding in the panel');
      expectLocale({ ...fromOptions, ...fromPanel }, locale);

      // Layout: the longest strings (German) and Japanese fit the narrowest docked panel the
      // issue names, 360 px (a 920 px window): no button, heading, row or the section bar
      // clipped or wider than the panel.
      await page.setViewportSize({ width: 920, height: 800 });
      await waitUntil(async () => Math.round((await dockBox(page)).width) === 360, 'the dock at 360 px');
      await page.waitForTimeout(300);
      const overflow = await frame.evaluate(overflowingElements);
      console.info(`${locale}, dock 360 px (panel page ${overflow.width} px): ${overflow.checked} elements measured, ${overflow.clipped.length} clipped`);
      expect(overflow.checked).toBeGreaterThan(20);
      expect(overflow.clipped).toEqual([]);
    } finally {
      await chrome.close();
    }
  });

  it('Firefox: panel, check message and options page', async () => {
    const ff = await launchFirefox(undefined, [], { 'intl.locale.requested': locale });
    try {
      const page = await ff.browser.newPage();
      await page.goto(`${server.origin}/preflight-demo/`);
      await page.waitForSelector('post-preflight-dock');
      const panel = await dockedPanel(ff.browser, page);
      const fromPanel = await waitUntil(async () => {
        const seen = await panel.eval(readPanel, null);
        return seen.altMessage ? seen : undefined;
      }, 'the image-alt finding in the panel');
      // WebDriver BiDi may not navigate to a moz-extension address, and a tab opened from the
      // panel without a user gesture is blocked: the options page is loaded into a frame of the
      // panel (same extension origin, so its document is readable). Framed, it shows its
      // "open in a tab" notice under the same heading.
      const fromOptions = await waitUntil(() => panel.eval(() => {
        let frame = document.getElementById('options-probe') as HTMLIFrameElement | null;
        if (!frame) {
          frame = Object.assign(document.createElement('iframe'), { id: 'options-probe', src: '/src/options/options.html' });
          document.body.append(frame);
        }
        const doc = frame.contentDocument;
        const optionsHeading = doc?.querySelector('h1')?.textContent ?? '';
        const g = globalThis as any;
        const uiLanguage = String((g.browser ?? g.chrome)?.i18n?.getUILanguage?.() ?? (frame.contentWindow as any)?.browser?.i18n?.getUILanguage?.() ?? 'unavailable');
        return optionsHeading ? { optionsHeading, optionsLang: doc!.documentElement.lang, uiLanguage } : undefined;
      }, null), 'the options page');
      expectLocale({ ...fromOptions, ...fromPanel }, locale);

      // A refusal worded by the content script's facts (it carries no catalog): the page draws
      // itself through a filter (Firefox applies the root's filter to the top layer too), then
      // "Clean links". Firefox gives no browser verdict, so the reason is the content script's.
      await page.addStyleTag({ content: 'html { filter: opacity(0) !important }' });
      const filter = await page.evaluate(() => getComputedStyle(document.documentElement).filter);
      await panel.eval(() => document.querySelector<HTMLButtonElement>('[data-action="clean-links"]')!.click(), null);
      const refusal = await waitUntil(() => panel.eval(() => document.querySelector('.notice')?.textContent || undefined, null), 'the refusal');
      expect(refusal).toBe(t(locale, 'notChangedHidden', { reason: t(locale, 'hiddenFilter', { value: filter, element: 'html' }) }));
    } finally {
      await ff.close();
    }
  });
});

/**
 * Every visible button, link, heading, label, group title and finding row of the panel whose
 * content is wider than its box (scrollWidth > clientWidth: clipped or scrolled away) or that
 * reaches past the panel's edge. Runs in the panel frame.
 */
function overflowingElements(): { width: number; checked: number; clipped: string[] } {
  const width = document.documentElement.clientWidth;
  const clipped: string[] = [];
  let checked = 0;
  for (const el of document.querySelectorAll<HTMLElement>('header, .sections ul, .sections a, button, h1, h2, h3, label, .fgroup-top, .fgroup-title, .diag, .diag-msg, .notice, .hint')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || el.closest('[hidden], .visually-hidden')) continue;
    checked++;
    const inline = getComputedStyle(el).display === 'inline';
    if ((!inline && el.scrollWidth > el.clientWidth + 1) || box.right > width + 0.5 || box.left < -0.5) {
      clipped.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').slice(0, 60)}" ${Math.round(box.left)}–${Math.round(box.right)} of ${width} px, content ${el.scrollWidth}/${el.clientWidth}`);
    }
  }
  return { width, checked, clipped };
}
