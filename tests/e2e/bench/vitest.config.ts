import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench:panel`: prints latency figures; asserts only that measurements were taken.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/bench/**/*.bench.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
