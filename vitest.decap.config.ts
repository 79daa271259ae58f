import { defineConfig } from 'vitest/config';

// Decap CMS end-to-end tests in real Chromium (driver bundle injected, no extension yet).
export default defineConfig({
  test: {
    include: ['tests/e2e/decap/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/decap/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
