import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM } from '../../support/paths';
import { waitUntil } from '../../support/handles';
import { panelFrame } from '../../support/panel-frame';
import type { LiveHandles } from './live';
import { sleepProcessGroup } from './sleep';

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
  /** Stops every process of this browser for `ms` (SIGSTOP to its process group), as a laptop's sleep does, then wakes it. */
  pause(ms: number): Promise<void>;
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
  // Its own process group, so closing ends its helper processes too (they hold the profile).
  const child: ChildProcess = spawn(CHROMIUM, ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', ...EXTENSION_ARGS(dir), url], { stdio: 'ignore', detached: true });
  const exited = new Promise((r) => child.once('exit', r).once('error', r));
  const port = await waitUntil(async () => {
    try {
      return readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    } catch {
      return undefined;
    }
  }, 'Chromium to start', 30_000);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    pause: (ms) => sleepProcessGroup(child.pid!, ms),
    close: async () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // A helper still finishing its writes: the temporary profile stays behind, nothing else.
      }
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
 * see the recipes), and waits until Chromium reports the extension's worker stopped (it may be
 * started again right after, by whatever needs it next). A worker that is stopped already (nothing
 * woke it since the last stop: the panel and the content script talk without it) counts as
 * stopped: `ServiceWorker.enable` reports each version's current status first.
 */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses = new Map<string, string>(); // by version: after a reload the old one lingers, stopped
  let requested = false;
  let stoppedSinceRequest = false; // latched: a worker needed right away starts again at once
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      statuses.set(v.versionId, v.runningStatus);
      if (requested && v.runningStatus === 'stopped') stoppedSinceRequest = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  requested = true;
  const allStopped = () => statuses.size > 0 && [...statuses.values()].every((s) => s === 'stopped');
  // Asked again if it is still running after a while: a worker that was starting when asked (a
  // reloaded page's content script had just woken it) is not stopped by that request, and on a
  // loaded machine a stop takes longer (one fresh-clone run timed out at 10 s; alone it passed).
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    lastError = await waitUntil(async () => stoppedSinceRequest || allStopped(), 'the service worker to stop', 7_000).then(
      () => undefined,
      (error: Error) => error,
    );
    if (!lastError) break;
  }
  if (lastError) throw new Error(`${lastError.message} (statuses reported: ${JSON.stringify([...statuses])})`);
  await cdp.detach();
}

/**
 * A plain Chromium process (launchPlain) with Playwright connected at once: none of the switches
 * Playwright adds when it launches a browser itself (it turns the back/forward cache off, for
 * one), so pages behave as in a person's browser. Playwright attached keeps the worker alive:
 * the tests stop it themselves.
 */
export async function launchConnected(dir: string): Promise<{ context: BrowserContext; extensionId: string; pause(ms: number): Promise<void>; close(): Promise<void> }> {
  const plain = await launchPlain(dir, 'about:blank');
  const browser = await chromium.connectOverCDP(plain.endpoint);
  const context = browser.contexts()[0]!;
  const worker = runningWorker(context) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    pause: (ms) => plain.pause(ms),
    close: async () => {
      await browser.close().catch(() => undefined);
      await plain.close();
    },
  };
}
