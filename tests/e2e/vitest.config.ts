import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real browsers with the built extension (npm run build:ext first): one file at a time on a
// 2-core machine, generous timeouts for browser start-up.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll's 1 s default is shorter than a round trip panel → page → editor on a busy CI machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    retry: 0,
  },
});
