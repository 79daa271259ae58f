import { defineConfig } from 'vite';

// The MAIN-world content script on its own, as one self-contained IIFE (no chunks, no imports):
// it must run synchronously at document_start, before any page script. The extension build may
// instead list src/page/main-world.ts in crx's `contentScripts.standaloneFiles`.
export default defineConfig({
  build: {
    outDir: 'dist/page',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'src/page/main-world.ts', formats: ['iife'], name: 'postPreflightMainWorld', fileName: () => 'main-world.js' },
  },
});
