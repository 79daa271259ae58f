import { defineConfig } from 'vitest/config';

// Real browsers with the built extension (npm run build:ext first): one file at a time on a
// 2-core machine, generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
