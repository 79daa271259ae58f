import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { buildPageDrivers } from '../../../../scripts/page-drivers.mjs';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
export const outDir = resolve(root, '.cache/editors');

/**
 * Each entry becomes one self-contained IIFE file (vite library mode), as a content script must be:
 * the MAIN-world loader (`main-world.js`, what the manifest runs at document_start), the harness,
 * and `page-drivers`: every editor's driver bundle, built by the extension's own build function
 * (scripts/page-drivers.mjs) into `page-drivers/<id>.js`, injected on demand as the background does.
 */
const entries: Record<string, string> = {
  'main-world': 'src/page/main-world.ts',
  'page-drivers': 'scripts/page-drivers.mjs',
  'isolated-harness': 'tests/e2e/editors/support/isolated-harness.ts',
  'cm6-page': 'src/editors/codemirror6/site/cm6-page.ts',
};

/**
 * Builds the named bundles (all by default); the extension's tests only need the CM6 host page.
 * Each is built in a folder of its own and renamed into place: tiers that run side by side
 * (scripts/run-tiers.mjs) may build the same bundle while another serves it to a browser.
 */
export async function buildEditorBundles(names: string[] = Object.keys(entries)): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const [name, entry] of Object.entries(entries).filter(([n]) => names.includes(n))) {
    const staging = mkdtempSync(join(outDir, `.${name}-`));
    try {
      if (name === 'page-drivers') await buildPageDrivers({ outDir: join(staging, 'page-drivers'), minify: false });
      else await buildInto(staging, name, entry);
      for (const file of readdirSync(staging)) {
        rmSync(join(outDir, file), { recursive: true, force: true }); // a folder is not replaced by rename
        renameSync(join(staging, file), join(outDir, file));
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

async function buildInto(dir: string, name: string, entry: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Only the bundle: the extension's public/ folder has no business in a test page's files.
    publicDir: false,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['iife'], name: name.replace(/-/g, '_'), fileName: () => `${name}.js` },
    },
  });
}
