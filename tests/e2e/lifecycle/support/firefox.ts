import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from '../../support/firefox';
import { dockedPanel } from '../../support/firefox-panel';
import { waitUntil } from '../../support/handles';
import type { LiveHandles } from './live';

export const EXTENSION_ID = 'post-preflight@example.org';

type Bidi = { send(method: string, params: object): Promise<{ result: any }> };
const bidiOf = (ff: FirefoxWithExtension) => (ff.browser as unknown as { connection: Bidi }).connection;

/**
 * Firefox with privileged BiDi script (`--remote-allow-system-access`), to see the background's
 * real state and, where a test says so, to stop it. `idleMs` lowers Firefox's idle timeout for
 * the background (`extensions.background.idle.timeout`, default 30 s); undefined keeps the default.
 */
export function launchForLifecycle(dir: string, idleMs?: number): Promise<FirefoxWithExtension> {
  return launchFirefox(dir, ['--remote-allow-system-access'], idleMs === undefined ? {} : { 'extensions.background.idle.timeout': idleMs });
}

/** Runs `body` (an expression) in the browser's parent process with `ext`, the extension's Extension object. */
async function privileged<T>(ff: FirefoxWithExtension, body: string): Promise<T> {
  const bidi = bidiOf(ff);
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context as string;
  const expression = `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(EXTENSION_ID)});
    return JSON.stringify(await (async () => (${body}))());
  })()`;
  const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`privileged script: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result.value) as T;
}

/** 'running', 'stopped', … as Firefox tracks the extension's background (Extension.backgroundState). */
export const backgroundState = (ff: FirefoxWithExtension) => privileged<string>(ff, 'String(ext.backgroundState)');

/** Waits until Firefox has unloaded the background on its own (its idle timeout). */
export async function backgroundUnloaded(ff: FirefoxWithExtension, timeoutMs: number): Promise<void> {
  await waitUntil(async () => (await backgroundState(ff)) === 'stopped', 'Firefox to unload the idle background', timeoutMs);
}

/**
 * Stops the background now, as the idle timeout would (Firefox's own Extension.terminateBackground,
 * which resolves once it is stopped; whatever needs it next may start it again at once).
 */
export async function terminateBackground(ff: FirefoxWithExtension): Promise<void> {
  await privileged(ff, `(async () => {
    if (String(ext.backgroundState) !== 'running') throw new Error('the background is not running: ' + ext.backgroundState);
    await ext.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
    return true;
  })()`);
}

/**
 * Unloads the tab showing `url` as Firefox's own tab unloader does under memory pressure
 * (gBrowser.discardBrowser: the page is gone, the tab stays) after putting another tab in front
 * (the selected tab is never discarded). Returns once Firefox reports it discarded.
 */
export const discardTab = (ff: FirefoxWithExtension, url: string) =>
  privileged<boolean>(ff, `(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    if (!tab) throw new Error('no tab shows ' + ${JSON.stringify(url)});
    if (win.gBrowser.selectedTab === tab) win.gBrowser.selectedTab = win.gBrowser.addTrustedTab('about:blank');
    win.gBrowser.discardBrowser(tab);
    if (!tab.hasAttribute('pending')) throw new Error('Firefox did not discard the tab');
    return true;
  })()`);

/** Selects the (discarded) tab of `url`, as a click on it would: Firefox loads it again. */
export const selectTab = (ff: FirefoxWithExtension, url: string) =>
  privileged<boolean>(ff, `(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    if (!tab) throw new Error('no tab shows ' + ${JSON.stringify(url)});
    win.gBrowser.selectedTab = tab;
    return true;
  })()`);

/** Whether the tab of `url` is discarded (Firefox marks such a tab "pending"). */
export const tabDiscarded = (ff: FirefoxWithExtension, url: string) =>
  privileged<boolean>(ff, `(() => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    return Boolean(tab && tab.hasAttribute('pending'));
  })()`);

/** The proof's handles on a page with a docked panel (looked up again for every call: it may be a new frame). */
export function firefoxHandles(ff: FirefoxWithExtension, page: Page): LiveHandles {
  const panel = () => dockedPanel(ff.browser, page);
  return {
    page: (fn, arg) => page.evaluate(fn as never, arg) as never,
    panel: async (fn, arg) => (await panel()).eval(fn, arg),
    typeAtEnd: async (text) => {
      await page.bringToFront();
      await page.evaluate(() => {
        const el = document.querySelector('textarea')!;
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      });
      await page.keyboard.type(text);
    },
    clickInPanel: async (selector) => (await panel()).click(selector),
  };
}

/** Changes Firefox's background idle timeout while it runs (read again at each idle check). */
export const setIdleTimeout = (ff: FirefoxWithExtension, ms: number) => privileged<boolean>(ff, `(Services.prefs.setIntPref('extensions.background.idle.timeout', ${Number(ms)}), true)`);
