import { afterEach, describe, expect, it, vi } from 'vitest';

/** The content script's API handle (src/platform/native-browser.ts), read once when the module loads. */
const api = (id: string) => ({ runtime: { id, getURL: (p: string) => `chrome-extension://${id}/${p}`, connect: () => undefined } });
async function load(globals: { browser?: unknown; chrome?: unknown }) {
  vi.resetModules();
  vi.stubGlobal('browser', globals.browser);
  vi.stubGlobal('chrome', globals.chrome);
  return (await import('../../../src/platform/native-browser')).nativeBrowser;
}
afterEach(() => vi.unstubAllGlobals());

describe('nativeBrowser', () => {
  it("is Firefox's browser where there is one, and Chrome's chrome otherwise", async () => {
    const firefox = api('ff');
    expect(await load({ browser: firefox, chrome: firefox })).toBe(firefox);
    const chrome = api('cr');
    expect(await load({ chrome })).toBe(chrome);
  });

  it("is not a page element named \"browser\" (it shows through as a global in Chrome before 148)", async () => {
    const chrome = api('cr');
    // <form id="browser"><input name="runtime" id=""></form>: browser.runtime is the input, its id "".
    const clobbered = { runtime: { id: '', name: 'runtime' } };
    expect(await load({ browser: clobbered, chrome })).toBe(chrome);
    // Even with a non-empty id, an element has no getURL or connect.
    expect(await load({ browser: { runtime: { id: 'x' } }, chrome })).toBe(chrome);
  });
});
