import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the crx plugin never loads in unit tests.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Builds dist/lib once: the CLI tests run bin/post-preflight.js as a child process.
    globalSetup: ['tests/unit/cli/global-setup.ts'],
    setupFiles: ['tests/unit/setup-i18n.ts', 'tests/unit/setup-page-builtins.ts'],
  },
});
