import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the crx plugin never loads in unit tests.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
