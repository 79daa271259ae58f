import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM } from '../../support/paths';
import { waitUntil } from '../../support/handles';
import { panelFrame } from '../../support/panel-frame';
import type { LiveHandles } from './live';

export const EXTENSION_ARGS = (dir: string) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PlainChromium {
  /** The DevTools endpoint; nothing is connected to it until the test says so. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Chromium as a plain process, the way a person starts it: the extension loaded, `url` open,
 * and no automation client attached (an attached client keeps a service worker alive). The
 * DevTools port is only opened for later: its number is read from the profile's
 * DevToolsActivePort file, which attaches nothing.
 */
export async function launchPlain(dir: string, url: string): Promise<PlainChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'preflight-plain-'));
  const child: ChildProcess = spawn(CHROMIUM, ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', ...EXTENSION_ARGS(dir), url], { stdio: 'ignore' });
  const port = await waitUntil(async () => {
    try {
      return readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    } catch {
      return undefined;
    }
  }, 'Chromium to start', 30_000);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r).once('error', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The proof's handles on a page with a docked panel; the frame is looked up for every call (it may be a new one). */
export function chromiumHandles(page: Page): LiveHandles {
  return {
    page: (fn, arg) => page.evaluate(fn as never, arg) as never,
    panel: async (fn, arg) => (await panelFrame(page)).evaluate(fn as never, arg) as never,
    typeAtEnd: async (text) => {
      await page.evaluate(() => {
        const el = document.querySelector('textarea')!;
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      });
      await page.keyboard.type(text);
    },
    clickInPanel: async (selector) => {
      // Buttons are disabled while a fix is written; a real click once enabled.
      await (await panelFrame(page)).locator(`${selector}:not([disabled])`).first().click();
    },
  };
}

/** The extension's service worker, if it is running now. */
export const runningWorker = (context: BrowserContext): Worker | undefined => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));

/**
 * Stops every service worker the way Chrome does after ~30 s idle (CDP ServiceWorker.stopAllWorkers,
 * see the recipes), and waits until the extension's is gone.
 */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitUntil(async () => !runningWorker(context), 'the service worker to stop');
  await cdp.detach();
}

/** The extension's service worker, woken (an event of its own: a storage read from the page's panel would do; here its URL is opened). */
export async function wakeWorker(context: BrowserContext): Promise<Worker> {
  const running = runningWorker(context);
  if (running) return running;
  return context.waitForEvent('serviceworker', { timeout: 15_000 });
}
