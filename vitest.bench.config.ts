import { defineConfig } from 'vitest/config';

// `npm run bench:panel`: prints latency figures; asserts only that measurements were taken.
export default defineConfig({
  test: {
    include: ['tests/e2e/bench/**/*.bench.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
