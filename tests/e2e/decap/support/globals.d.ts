import type { PageDriver } from '../../../../src/page/driver';
import type { TextEdit } from '../../../../src/core/types';

declare global {
  interface Window {
    /** Set by tests/e2e/decap/harness.ts. */
    __decapHarness: {
      find(): PageDriver | undefined;
      events: string[];
      watch(): void;
      unwatch(): void;
      apply(edits: TextEdit[], expected?: string): ReturnType<PageDriver['apply']>;
      sameStoreBothWays(): boolean;
    };
  }
}
export {};
