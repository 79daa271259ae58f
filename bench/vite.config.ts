import { defineConfig } from 'vite';

// Node 20 can't run .ts: bundle the benchmark (our TS sources inlined, node_modules left external).
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: '.cache/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      // The server runs on a worker thread (see link-server.worker.ts), so it is an entry of its own.
      input: { 'links.bench': 'bench/links.bench.ts', 'link-server.worker': 'bench/link-server.worker.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
