import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Test-only bundle of the Decap page driver (one IIFE for page.addInitScript). Not part of the extension.
export default defineConfig({
  // Paths below are from the repository root.
  root: fileURLToPath(new URL('../../../', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: '.cache/decap-harness',
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'tests/e2e/decap/harness.ts', formats: ['iife'], name: 'decapHarness', fileName: () => 'harness.js' },
  },
});
