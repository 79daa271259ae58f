import { describe, expect, it } from 'vitest';
import { contentRequestListener } from '../../../src/background/page-drivers';
import { driverSignatures } from '../../../src/editors/signatures';
import type { Runtime } from '../../../src/platform/browser';

const EXTENSION = 'ext-id';
const setup = () => {
  const injected: { tabId: number; frameId: number; file: string }[] = [];
  const listener = contentRequestListener({
    extensionId: EXTENSION,
    isExtensionPage: (url) => url?.startsWith('chrome-extension://ext-id/') === true,
    editors: driverSignatures.map((s) => s.id),
    inject: async (tabId, frameId, file) => {
      if (tabId === 99) throw new Error('Cannot access contents of the page');
      injected.push({ tabId, frameId, file });
    },
  });
  return { listener, injected };
};
const contentScript = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender =>
  ({ id: EXTENSION, tab: { id: 4 } as Runtime.MessageSender['tab'], frameId: 2, url: 'http://localhost/admin/', ...over }) as Runtime.MessageSender;
const load = (editor: unknown) => ({ type: 'load-driver', payload: { editor } });

describe('editor drivers on demand (background)', () => {
  it("injects the named editor's own bundle into the sender's tab and frame, as the browser reports them", async () => {
    const { listener, injected } = setup();
    expect(await listener(load('decap'), contentScript())).toEqual({ loaded: true });
    expect(injected).toEqual([{ tabId: 4, frameId: 2, file: 'page-drivers/decap.js' }]);
  });

  it('injects nothing for an editor without a driver, a path, or a malformed request', async () => {
    const { listener, injected } = setup();
    for (const editor of ['textarea', '../src/content/index', 'decap.js', 42, undefined]) expect(await listener(load(editor), contentScript())).toEqual({ loaded: false });
    expect(listener({ type: 'load-driver' }, contentScript())).toBeUndefined();
    expect(listener({ type: 'run-this', payload: { code: 'x' } }, contentScript())).toBeUndefined();
    expect(injected).toEqual([]);
  });

  it('answers only a content script of this extension in a web page (not a panel, another extension, or a sender without a tab)', () => {
    const { listener, injected } = setup();
    expect(listener(load('decap'), contentScript({ id: 'other-extension' }))).toBeUndefined();
    expect(listener(load('decap'), contentScript({ tab: undefined }))).toBeUndefined();
    expect(listener(load('decap'), contentScript({ frameId: undefined }))).toBeUndefined();
    expect(listener(load('decap'), contentScript({ url: 'chrome-extension://ext-id/src/panel/panel.html' }))).toBeUndefined();
    expect(injected).toEqual([]);
  });

  it('says so when the browser refuses the injection (the frame navigated, the permission was revoked)', async () => {
    const { listener } = setup();
    expect(await listener(load('monaco'), contentScript({ tab: { id: 99 } as Runtime.MessageSender['tab'] }))).toEqual({ loaded: false });
  });
});
