/**
 * What the shared scenario needs from a browser, so one test body runs in Chromium
 * (playwright-core) and Firefox (puppeteer-core): the editor page and a panel document.
 * Functions passed to `evaluate` run inside that document and must be self-contained.
 */
export type Evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;

export interface Handles {
  browserName: 'chromium' | 'firefox';
  /** The editor page (the web page with the textarea). */
  page: Evaluate;
  /** The panel document: the docked iframe in Chromium, a detached panel tab in Firefox. */
  panel: Evaluate;
  /** Real key presses into the page's focused element. */
  type(text: string): Promise<void>;
  /** A real click on the element matching `selector` in the panel. */
  clickInPanel(selector: string): Promise<void>;
  screenshot?(path: string): Promise<void>;
}

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitUntil<T>(check: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
