import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';
import { privacyPage } from './scripts/privacy-page.ts';
import unitTier from './tests/unit/vitest.config.ts';

// One config, built once per browser: `BROWSER=chrome|firefox vite build` → dist/<browser>.
const browser = (process.env.BROWSER ?? 'chrome') as TargetBrowser;
if (browser !== 'chrome' && browser !== 'firefox') throw new Error(`BROWSER must be chrome or firefox, got ${browser}`);
// PREFLIGHT_TEST_HOSTS=http://127.0.0.1/* builds a test variant into dist/<browser>-test-hosts.
const testHosts = (process.env.PREFLIGHT_TEST_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);

const extension = defineConfig({
  plugins: [privacyPage(), preact(), crx({
      manifest: manifestFor(browser, testHosts),
      browser,
      // One self-contained file: no loader, no chunks in web_accessible_resources, and the same
      // file can be registered on sites the user allows later.
      contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/page/main-world.ts'] },
    })],
  build: {
    outDir: testHosts.length ? `dist/${browser}-test-hosts` : `dist/${browser}`,
    emptyOutDir: true,
    // Chromium 120+ / Firefox 142+: modern output, no legacy transforms.
    target: 'es2022',
    // Extension pages and the content script must not depend on eval-based source maps.
    sourcemap: false,
    rolldownOptions: {
      // The panel is only referenced from web_accessible_resources, so crxjs would copy it unbuilt.
      input: { panel: 'src/panel/panel.html' },
      // "Plugins took N% of the build" depends on how busy the machine is; it is no problem of the build.
      checks: { bundlerTimings: false },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});

// `npx vitest run <file>` without --config reads this file (vitest's mode is 'test'): it gets
// the unit tier (tests/unit/vitest.config.ts), never the crx plugin. Each test tier's config is
// tests/<tier>/vitest.config.ts, run by its npm script (README "Development"). Not keyed on
// process.env.VITEST: a build started from a test (the release test) inherits that variable.
export default defineConfig(({ mode }) => (mode === 'test' ? unitTier : extension));
