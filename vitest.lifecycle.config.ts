import { defineConfig } from 'vitest/config';

// The lifecycle tier (`npm run test:lifecycle`): the built extension in real Chromium and
// Firefox with nothing holding its background awake (real idle periods, stopped workers,
// reloads, back/forward cache, discarded tabs). Two files at a time, so the two browsers' idle
// waits overlap; each file runs its tests in order.
export default defineConfig({
  test: {
    include: ['tests/e2e/lifecycle/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/lifecycle/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
