import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests of the page bridge and the CodeMirror/Monaco drivers in real Chromium, without
// the extension: the MAIN-world loader and an isolated-world harness are injected at document
// start, and an editor's driver bundle when the harness asks for it, as the background does.

// Paths below are from the repository root, wherever vitest is started.
const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/e2e/editors/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/editors/support/global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll's 1 s default is shorter than a round trip panel → page → editor on a busy CI machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    fileParallelism: false, // two cores shared with other engineers: one browser at a time
  },
});
