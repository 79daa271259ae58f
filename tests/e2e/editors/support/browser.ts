import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { outDir } from './build';

const WORLD = 'post-preflight-harness';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A test page with the MAIN-world loader injected at document start (as the manifest's
 * `"world": "MAIN"` content script is) and the harness in an isolated world, created by the
 * browser the way it creates a content script's world. `iso()` evaluates code there. When the
 * harness asks for an editor's driver (the content script asks the background), the driver
 * bundle is evaluated in the page's main world from outside the page, as `executeScript` does;
 * `injected()` lists the drivers asked for, in order.
 */
export interface EditorPage {
  page: Page;
  iso<T>(expression: string): Promise<T>;
  main<T>(expression: string): Promise<T>;
  injected(): string[];
  close(): Promise<void>;
}

/** The name of the harness's "inject this driver" call (a CDP binding, in the harness's world only). */
export const INJECT_BINDING = '__preflightInjectDriver';

export interface EditorPageOptions {
  /** Page-world code run just before a driver bundle is injected (a page script racing the injection). */
  beforeInject?(editor: string): string | undefined;
}

export async function openEditorPage(browser: Browser, url: string, options: EditorPageOptions = {}): Promise<EditorPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  const [mainWorld, harness] = await Promise.all([
    readFile(resolve(outDir, 'main-world.js'), 'utf8'),
    readFile(resolve(outDir, 'isolated-harness.js'), 'utf8'),
  ]);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<string, number>();
  const mainContexts = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === WORLD) contexts.set(String(context.auxData?.frameId), context.id);
    else if (context.auxData?.isDefault) mainContexts.set(String(context.auxData?.frameId), context.id);
  });
  const injected: string[] = [];
  let frameId = '';
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== INJECT_BINDING) return;
    injected.push(payload);
    void (async () => {
      const source = await readFile(resolve(outDir, 'page-drivers', `${payload}.js`), 'utf8').catch(() => undefined);
      const mainId = mainContexts.get(frameId);
      const race = options.beforeInject?.(payload);
      if (race && mainId !== undefined) await cdp.send('Runtime.evaluate', { expression: race, contextId: mainId });
      let ok = false;
      if (source !== undefined && mainId !== undefined) {
        const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: source, contextId: mainId });
        ok = !exceptionDetails;
      }
      await cdp.send('Runtime.evaluate', { expression: `harness.driverInjected(${JSON.stringify(payload)}, ${ok})`, contextId: executionContextId });
    })().catch(() => undefined); // the page was closed meanwhile
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: INJECT_BINDING, executionContextName: WORLD });
  await page.addInitScript({ content: mainWorld });
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: harness, worldName: WORLD });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null, { timeout: 30_000 });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  frameId = frameTree.frame.id;

  const iso = async <T>(expression: string): Promise<T> => {
    const contextId = contexts.get(frameId);
    if (contextId === undefined) throw new Error('the isolated harness world was not created');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  return {
    page,
    iso,
    main: (expression) => page.evaluate(expression),
    injected: () => [...injected],
    close: () => page.close(),
  };
}

/** Polls `probe` until it returns true (the page answers asynchronously); fails with `what`. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
