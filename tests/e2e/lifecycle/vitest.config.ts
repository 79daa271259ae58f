import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The lifecycle tier (`npm run test:lifecycle`): the built extension in real Chromium and
// Firefox with nothing holding its background awake (real idle periods, stopped workers,
// reloads, back/forward cache, discarded tabs). Two files at a time, so the two browsers' idle
// waits overlap; each file runs its tests in order.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/lifecycle/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/lifecycle/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    // expect.poll's 1 s default is shorter than a round trip panel → page → editor on a busy CI machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    retry: 0,
  },
});
