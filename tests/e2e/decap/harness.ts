/**
 * Test-only entry: exposes the Decap driver on `window.__decapHarness` so Playwright can
 * drive it without the extension. Built as an IIFE by vite.harness.config.ts.
 */
import { decapDriverFactory } from '../../../src/editors/decap/driver';
import { captureStoreAtStart, capturedStore, findStoreByFiber } from '../../../src/editors/decap/store';
import type { PageDriver } from '../../../src/page/driver';
import type { TextEdit } from '../../../src/core/types';

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
  find: () => decapDriverFactory.find(document),
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
