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
 * A test page with the MAIN-world script injected at document start (as the manifest's
 * `"world": "MAIN"` content script will be) and the harness in an isolated world, created by
 * the browser the way it creates a content script's world. `iso()` evaluates code there.
 */
export interface EditorPage {
  page: Page;
  iso<T>(expression: string): Promise<T>;
  main<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function openEditorPage(browser: Browser, url: string): Promise<EditorPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  const [mainWorld, harness] = await Promise.all([
    readFile(resolve(outDir, 'main-world.js'), 'utf8'),
    readFile(resolve(outDir, 'isolated-harness.js'), 'utf8'),
  ]);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === WORLD) contexts.set(String(context.auxData?.frameId), context.id);
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await page.addInitScript({ content: mainWorld });
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: harness, worldName: WORLD });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null, { timeout: 30_000 });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frameId = frameTree.frame.id;

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
