import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `[LOOK_POSTS=<folder of posts>] npm run look:editors`: real posts through the real editors, run by hand
// (like `npm run look`); it fails only when the extension changed a post other than it should.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/look/**/*.look.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
  },
});
