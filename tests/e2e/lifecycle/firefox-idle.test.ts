import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { FirefoxWithExtension } from '../support/firefox';
import { serveStatic, type StaticServer } from '../support/server';
import { FIXTURES } from '../support/paths';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { DIST } from './support/builds';
import { backgroundState, backgroundUnloaded, firefoxHandles, launchForLifecycle } from './support/firefox';
import { expectDocked, expectLive, linksPageUrl } from './support/live';

/**
 * Firefox with its default idle timeout for the background (30 s): the test waits, doing
 * nothing, until Firefox itself unloads the idle background (read from Firefox's own state,
 * not assumed), then types, cleans and checks links. WebDriver BiDi stays attached (it
 * doesn't keep a Firefox background alive, unlike a debugger on a Chrome worker).
 */
let site: StaticServer;
let links: LinkServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  links = await startLinkServer();
  site = await serveStatic({ '/admin/links/': join(FIXTURES, 'links') });
  ff = await launchForLifecycle(DIST('firefox'));
});
afterAll(async () => {
  await ff?.close();
  await site?.close();
  await links?.close();
});

describe('Firefox, the default background idle timeout', () => {
  it('after Firefox unloads the idle background on its own, the panel is docked, live and correct', async () => {
    const page = await ff.browser.newPage();
    await page.goto(linksPageUrl(site.origin, links));
    const h = firefoxHandles(ff, page);
    await expectDocked(h, 'Trail links worth a second look');
    expect(await backgroundState(ff)).toBe('running');
    // Nothing happens now but waiting: 30 s of idle, then Firefox's next idle check.
    await backgroundUnloaded(ff, 100_000);
    await expectLive(h, links, 'after-idle');
  }, 180_000);
});
