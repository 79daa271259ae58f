import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The npm package's code for Node 20: `dist/lib/index.js` (the core, `import { analyze } from
 * 'post-preflight'`) and `dist/lib/cli.js` (the command). Runtime dependencies stay external:
 * npm installs them next to the package, so they are not shipped twice and keep their own
 * licence files. The extension bundles the core separately through vite.config.ts.
 */
const external = [...Object.keys(pkg.dependencies), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    ssr: true, // resolve for Node (no browser fields, no CSS/asset handling)
    lib: {
      entry: { index: 'src/core/index.ts', cli: 'src/cli/cli.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      // "Plugins took N% of the build" depends on how busy the machine is; it is no problem of the build.
      checks: { bundlerTimings: false },
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
