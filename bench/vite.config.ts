import { defineConfig } from 'vite';

// Node 20 can't run .ts: bundle the benchmark (our TS sources inlined, node_modules left external).
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'bench/links.bench.ts',
    outDir: '.cache/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'links.bench.js' } },
  },
});
