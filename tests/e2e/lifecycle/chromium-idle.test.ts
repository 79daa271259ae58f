import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server';
import { FIXTURES } from '../support/paths';
import { waitUntil } from '../support/handles';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { DIST } from './support/builds';
import { chromiumHandles, launchPlain, runningWorker, type PlainChromium } from './support/chromium';
import { expectLive, linksPageUrl } from './support/live';

/**
 * Chromium started as a plain process with the editor page open, and nothing attached for
 * longer than the service worker's idle timeout (30 s): Chrome stops the worker on its own, as
 * it does for a person who reads their draft for a minute. Only then does the test connect.
 * 45 s: the worker last ran when the page loaded and its panel reported counts (a few seconds
 * after launch); 30 s later Chrome stops it, checked at its next idle check.
 */
const IDLE_MS = Number(process.env.LIFECYCLE_CHROMIUM_IDLE_MS ?? 45_000);

let site: StaticServer;
let links: LinkServer;
let plain: PlainChromium | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  links = await startLinkServer();
  site = await serveStatic({ '/admin/links/': join(FIXTURES, 'links') });
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await plain?.close();
  await site?.close();
  await links?.close();
});

describe('Chromium, no automation attached during a real idle period', () => {
  it(`after ${IDLE_MS / 1000} s with nothing attached (the worker stopped by Chromium itself), the panel is docked, live and correct`, async () => {
    plain = await launchPlain(DIST('chrome'), linksPageUrl(site.origin, links));
    await new Promise((r) => setTimeout(r, IDLE_MS));

    browser = await chromium.connectOverCDP(plain.endpoint);
    const context = browser.contexts()[0]!;
    // Chromium stopped the idle worker (nothing else could have: nothing was attached).
    expect(runningWorker(context), 'the service worker should have been stopped by the idle timeout').toBeUndefined();
    const page = await waitUntil(async () => context.pages().find((p) => p.url().includes('/admin/links/')), 'the editor page');
    await expectLive(chromiumHandles(page), links, 'after-idle');
  }, IDLE_MS + 90_000);
});
