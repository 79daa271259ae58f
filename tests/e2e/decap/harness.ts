/**
 * Test-only entry: exposes the Decap driver on `window.__decapHarness` so Playwright can
 * drive it without the extension. Built as an IIFE by vite.harness.config.ts, injected at
 * document start. The driver itself is Decap's driver bundle as the extension ships it
 * (page-drivers/decap.js), injected later by the test (support/decap-page.ts) the way the
 * background does; this harness receives it through the hook as the MAIN-world loader does
 * (src/page/main-world.ts), with the built-ins saved here at document start.
 */
import { captureStoreAtStart, capturedStore, findStoreByFiber } from '../../../src/editors/decap/store';
import { adoptBuiltins, captureBuiltins } from '../../../src/page/builtins';
import type { PageDriver, PageDriverFactory, PageDriverModule } from '../../../src/page/driver';
import { DRIVER_HOOK } from '../../../src/protocol/bridge';
import type { TextEdit } from '../../../src/core/types';

const saved = captureBuiltins();
adoptBuiltins(saved);
let factory: PageDriverFactory | undefined;
Object.defineProperty(window, DRIVER_HOOK, {
  configurable: false,
  get: () => (factory ? factory.id : ''),
  set(mod: PageDriverModule) {
    if (!factory && mod.id === 'decap') factory = mod.start({ builtins: saved, codeEditorService: () => undefined });
  },
});

interface Harness {
  find(): PageDriver | undefined;
  /** Texts reported by subscribe(), in order, since the last watch(). */
  events: string[];
  watch(): void;
  unwatch(): void;
  apply(edits: TextEdit[], expected?: string): ReturnType<PageDriver['apply']>;
  /** True when the store caught at document_start is the one the fiber walk finds. */
  sameStoreBothWays(): boolean;
}

// This bundle is injected with addInitScript, i.e. before Decap's bundle: the hook is in place.
captureStoreAtStart(window);

let controller: AbortController | undefined;

const harness: Harness = {
  find: () => factory?.find(document),
  events: [],
  watch() {
    harness.unwatch();
    const driver = harness.find();
    if (!driver) throw new Error('no Decap editor open');
    controller = new AbortController();
    harness.events = [];
    driver.subscribe(() => harness.events.push(driver.read()), controller.signal);
  },
  unwatch() {
    controller?.abort();
    controller = undefined;
  },
  sameStoreBothWays: () => {
    const early = capturedStore(window);
    return !!early && early === findStoreByFiber(document);
  },
  async apply(edits, expected) {
    const driver = harness.find();
    if (!driver) throw new Error('no Decap editor open');
    return driver.apply(edits, expected ?? driver.read());
  },
};

(window as unknown as { __decapHarness: Harness }).__decapHarness = harness;
