import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
export const outDir = resolve(root, '.cache/editors');

/** Each entry becomes one self-contained IIFE file (vite library mode), as a content script must be. */
const entries: Record<string, string> = {
  'main-world': 'src/page/main-world.ts',
  'isolated-harness': 'tests/e2e/editors/support/isolated-harness.ts',
  'cm6-page': 'src/editors/codemirror6/site/cm6-page.ts',
};

/** Builds the named bundles (all by default); the extension's tests only need the CM6 host page. */
export async function buildEditorBundles(names: string[] = Object.keys(entries)): Promise<void> {
  for (const [name, entry] of Object.entries(entries).filter(([n]) => names.includes(n))) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        lib: { entry: resolve(root, entry), formats: ['iife'], name: name.replace(/-/g, '_'), fileName: () => `${name}.js` },
      },
    });
  }
}
