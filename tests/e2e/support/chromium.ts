import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, DIST_CHROME } from './paths';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded unpacked (headless unless HEADED=1). */
/** `extra`: more command-line flags and environment for the browser process (e.g. the UI language). */
export async function launchChromium(dir = DIST_CHROME, viewport = { width: 1280, height: 800 }, extra: { args?: string[]; env?: Record<string, string> } = {}): Promise<ChromiumWithExtension> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: process.env.HEADED !== '1',
    viewport,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(extra.args ?? []),
    ],
    ...(extra.env && { env: { ...process.env, ...extra.env } }),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}
