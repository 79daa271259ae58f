import { defineConfig } from 'vite';

// Test-only bundle of the Decap page driver (one IIFE for page.addInitScript). Not part of the extension.
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: '.cache/decap-harness',
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'tests/e2e/decap/harness.ts', formats: ['iife'], name: 'decapHarness', fileName: () => 'harness.js' },
  },
});
