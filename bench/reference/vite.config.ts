import { defineConfig } from 'vite';

/**
 * The reference comparisons (bench:tracking, bench:markdownlint, bench:linktext, bench:yoast):
 * bundled into .cache/bench-reference and run with node, like the other benchmarks. Package
 * imports stay external: markdownlint and yoastseo are only loaded from node_modules here.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: '.cache/bench-reference',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    rollupOptions: {
      input: {
        tracking: 'bench/reference/tracking.bench.ts',
        markdownlint: 'bench/reference/markdownlint.bench.ts',
        linktext: 'bench/reference/linktext.bench.ts',
        yoast: 'bench/reference/yoast.bench.ts',
        'annotate-tracking': 'bench/reference/tracking/annotate.ts',
      },
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
