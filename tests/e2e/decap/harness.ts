/**
 * Test-only entry: exposes the Decap driver on `window.__decapHarness` so Playwright can
 * drive it without the extension. Built as an IIFE by vite.decap-harness.config.ts.
 */
import { decapDriverFactory } from '../../../src/page/drivers/decap';
import type { PageDriver } from '../../../src/page/driver';
import type { TextEdit } from '../../../src/core/types';

interface Harness {
  find(): PageDriver | undefined;
  /** Texts reported by subscribe(), in order, since the last watch(). */
  events: string[];
  watch(): void;
  unwatch(): void;
  apply(edits: TextEdit[], expected?: string): ReturnType<PageDriver['apply']>;
}

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
  async apply(edits, expected) {
    const driver = harness.find();
    if (!driver) throw new Error('no Decap editor open');
    return driver.apply(edits, expected ?? driver.read());
  },
};

(window as unknown as { __decapHarness: Harness }).__decapHarness = harness;
