import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Decap CMS end-to-end tests in real Chromium (driver bundle injected, no extension yet).

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/decap/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/decap/support/global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll's 1 s default is shorter than a round trip panel → page → editor on a busy CI machine.
    expect: { poll: { timeout: 10_000 } },
    // Each test's page loads Decap afresh (openDecap waits up to 80 s for it under load).
    hookTimeout: 100_000,
    fileParallelism: false,
  },
});
