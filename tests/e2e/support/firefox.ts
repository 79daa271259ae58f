import puppeteer, { type Browser } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIREFOX, FIREFOX } from './paths';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/ of the installed extension (fixed by a pref, so tests can open its pages). */
  base: string;
  close(): Promise<void>;
}

/** The extension's internal UUID, pinned so its pages have a known address. */
const UUID = '5f0c1b6e-8a53-4c1e-9d55-2b7d1f0a9e11';

/** Real Firefox (WebDriver BiDi) with the built extension installed temporarily. */
export async function launchFirefox(dir = DIST_FIREFOX, extraArgs: string[] = [], prefs: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
  const id = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: process.env.HEADED !== '1',
    defaultViewport: { width: 1280, height: 800 },
    args: extraArgs,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }), ...prefs },
  });
  await browser.installExtension(dir);
  return { browser, base: `moz-extension://${UUID}/`, close: () => browser.close() };
}
