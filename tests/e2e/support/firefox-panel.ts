import type { Browser, Page } from 'puppeteer-core';
import { waitUntil, type Evaluate } from './handles';

export interface DockedPanel {
  /** The panel frame's WebDriver BiDi browsing context. */
  context: string;
  eval: Evaluate;
  /** A real (trusted) click on the element matching `selector` in the panel, once it is enabled. */
  click(selector: string): Promise<void>;
}

type Bidi = { send(method: string, params: object): Promise<{ result: any }> };
const bidiOf = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Firefox: the docked panel, read and clicked where it is. Puppeteer doesn't list the
 * moz-extension iframe among the page's frames (BiDi's tree shows it as about:blank), but
 * BiDi scripts it by its browsing-context id all the same: the frame is found among the
 * page's child contexts by its location. `not`: a context to skip (the previous document's
 * panel after in-app navigation).
 */
export async function dockedPanel(browser: Browser, page: Page, not?: string): Promise<DockedPanel> {
  const bidi = bidiOf(browser);
  const call = async <T, A>(context: string, fn: (arg: A) => T | Promise<T>, arg: A, userActivation = false): Promise<T> => {
    // JSON both ways keeps arguments and results plain, as puppeteer's evaluate gives them.
    const functionDeclaration = `async (json) => { const v = await (${fn.toString()})(JSON.parse(json)); return v === undefined ? undefined : JSON.stringify(v); }`;
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
      userActivation,
    });
    if (result.type === 'exception') throw new Error(`in the panel: ${result.exceptionDetails?.text ?? 'exception'}`);
    return result.result?.type === 'string' ? JSON.parse(result.result.value) : (undefined as T);
  };
  const context = await waitUntil(async () => {
    const tree = await bidi.send('browsingContext.getTree', { root: contextOf(page) });
    const children: string[] = (tree.result.contexts[0]?.children ?? []).map((c: { context: string }) => c.context);
    for (const child of children.reverse()) {
      if (child === not) continue;
      const href = await call(child, () => location.href, null).catch(() => '');
      if (href.startsWith('moz-extension:') && href.includes('/src/panel/panel.html')) return child;
    }
    return undefined;
  }, 'the docked panel frame');

  return {
    context,
    eval: (fn, arg) => call(context, fn, arg),
    click: async (selector) => {
      await waitUntil(() => call(context, (s) => {
        const el = document.querySelector<HTMLButtonElement>(s);
        return !!el && !el.disabled;
      }, selector), `"${selector}" enabled in the panel`);
      // Where the element is on screen: its box in the frame plus the frame's place in the page
      // (both windows' mozInnerScreenX/Y), then a real pointer click in the page, which the
      // browser routes into the frame as it would a user's.
      const box = await call(context, (s) => {
        const el = document.querySelector(s)!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
        return { x: w.mozInnerScreenX + r.left + r.width / 2, y: w.mozInnerScreenY + r.top + r.height / 2 };
      }, selector);
      const origin = await page.evaluate(() => {
        const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
        return { x: w.mozInnerScreenX, y: w.mozInnerScreenY };
      });
      await page.bringToFront();
      await page.mouse.click(box.x - origin.x, box.y - origin.y);
    },
  };
}
