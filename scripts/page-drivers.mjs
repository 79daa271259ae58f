// Builds one self-contained IIFE per editor driver (src/editors/<id>/driver.ts), entered through
// src/page/driver-bundle.ts: `page-drivers/<id>.js`. The background injects one into a page's
// MAIN world only once the content script saw that editor (issue 14 item 3), so the script that
// runs on every matching page (src/page/main-world.ts, the loader) carries no driver and no
// `yaml`. Used by scripts/build-ext.mjs (both browsers' dists) and the editors test tier.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const ENTRY = 'virtual:post-preflight-driver';

/** The editors that have a page-world driver: every folder of src/editors with a driver.ts. */
export function driverEditors() {
  return readdirSync(join(root, 'src/editors'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'src/editors', d.name, 'driver.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Writes `<outDir>/<id>.js` for every driver editor (or those in `only`). `minify: false` for
 * readable test bundles.
 */
export async function buildPageDrivers({ outDir, minify = true, only }) {
  for (const editor of driverEditors().filter((e) => !only || only.includes(e))) {
    // The entry is generated, so adding an editor needs no file here: its folder's driver.ts
    // (default export: its PageDriverFactory) handed to offerDriver.
    const entry = {
      name: 'post-preflight-driver-entry',
      resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
      load: (id) =>
        id === `\0${ENTRY}`
          ? `import factory from ${JSON.stringify(`/src/editors/${editor}/driver.ts`)};\nimport { offerDriver } from '/src/page/driver-bundle.ts';\nofferDriver(factory);\n`
          : undefined,
    };
    await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: 'warn',
      publicDir: false,
      plugins: [entry],
      build: {
        outDir,
        emptyOutDir: false,
        minify,
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: ENTRY,
          output: { format: 'iife', entryFileNames: `${editor}.js`, codeSplitting: false },
          checks: { bundlerTimings: false },
        },
      },
    });
  }
}
