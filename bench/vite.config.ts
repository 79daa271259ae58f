import { defineConfig } from 'vite';

/**
 * Node 20 cannot run TypeScript, so the benchmarks are bundled into .cache/bench and run with
 * `node`. Every package import stays external: yoastseo in particular is GPL and is only
 * loaded from node_modules here, never bundled into anything.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: '.cache/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    rollupOptions: {
      input: {
        'analyze.bench': 'bench/analyze.bench.ts',
        'write-size-fixture': 'bench/write-size-fixture.ts',
        'links.bench': 'bench/links.bench.ts',
        'deceptive-hosts': 'bench/deceptive-hosts.ts',
        'suggest.bench': 'bench/suggest.bench.ts',
        'suggest-tune': 'bench/suggest/tune.ts',
        'suggest-judge': 'bench/suggest/judge.ts',
        'suggest-same': 'bench/suggest/same.ts',
        'suggest-show': 'bench/suggest/show.ts',
        'fix.bench': 'bench/fix.bench.ts',
        // The link server runs on a worker thread (see link-server.worker.ts), so it is an entry of its own.
        'link-server.worker': 'bench/link-server.worker.ts',
      },
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
