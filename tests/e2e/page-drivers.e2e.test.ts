import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { startServer } from './editors/support/server';
import { waitUntil } from './support/handles';

/*
 * Issue 14 item 3 through the BUILT extension (release manifest: host access only to the
 * built-in local editor addresses): on a matching page without a supported editor, the page's
 * world runs the loader alone, no driver is injected; when an editor's signature appears, the
 * background injects that editor's driver (scripting.executeScript, MAIN world) and nothing else.
 * Observed from the page: the loader's hook answers which drivers it was handed (src/page/main-world.ts).
 * The Decap, CodeMirror and Monaco suites (decap-*, editors-*) show the editors still work.
 */
const HOOK = '__postPreflightDriver';
/** Detection runs at start and on DOM changes, and polls every second: this is several passes. */
const QUIET_MS = 2500;

type Evaluate = <T>(expression: string) => Promise<T>;

async function noDriverThenOnDemand(evaluate: Evaluate): Promise<void> {
  // The loader ran at document_start: its hook is there, non-configurable.
  await waitUntil(async () => (await evaluate<boolean | null>(`Object.getOwnPropertyDescriptor(window, '${HOOK}')?.configurable ?? null`)) === false, 'the loader');
  await new Promise((r) => setTimeout(r, QUIET_MS));
  expect(await evaluate(`window.${HOOK}`)).toBe('');
  // CodeMirror 5's signature appears: its driver, and only it, is injected by the background.
  await evaluate(`document.getElementById('later').className = 'CodeMirror'`);
  await waitUntil(async () => (await evaluate(`window.${HOOK}`)) === 'codemirror5', "CodeMirror 5's driver to be injected");
  await new Promise((r) => setTimeout(r, 1500));
  expect(await evaluate(`window.${HOOK}`)).toBe('codemirror5');
  expect(await evaluate(`document.querySelector('post-preflight-dock')`)).toBeNull(); // no editor object behind it: no panel
}

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});
const plainPage = () => `${server.url}/admin/editors/plain.html`;

describe('editor drivers only where their editor is (Chromium, built extension)', () => {
  let chrome: ChromiumWithExtension;
  beforeAll(async () => {
    chrome = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chrome?.close();
  });

  it('a matching page without an editor runs the loader alone; a driver is injected when its editor appears', async () => {
    const page = await chrome.context.newPage();
    await page.goto(plainPage());
    await noDriverThenOnDemand((expression) => page.evaluate(expression));
    await page.close();
  });
});

describe('editor drivers only where their editor is (Firefox, built extension)', () => {
  let ff: FirefoxWithExtension;
  beforeAll(async () => {
    ff = await launchFirefox();
  }, 60_000);
  afterAll(async () => {
    await ff?.close();
  });

  it('a matching page without an editor runs the loader alone; a driver is injected when its editor appears', async () => {
    const page = await ff.browser.newPage();
    await page.goto(plainPage());
    await noDriverThenOnDemand((expression) => page.evaluate(expression) as never);
    await page.close();
  });
});
