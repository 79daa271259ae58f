import manifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * manifest.json is the one source for both browsers; this drops the keys the other browser
 * would warn about (Chrome flags `browser_specific_settings` and `background.scripts`,
 * Firefox lints `background.service_worker` as unsupported).
 */
export function manifestFor(browser: TargetBrowser, testHosts: string[] = []) {
  const m = structuredClone(manifest) as Record<string, any>;
  // package.json holds the one version number (npm run release); manifest.json has none of its own.
  m.version = pkg.version;
  // Test builds only (PREFLIGHT_TEST_HOSTS): hosts granted at install, because a headless
  // browser can't answer the permission prompt "Check links" opens. Never in a release build.
  // Added to the built-in editor URLs' own (the background injects editor drivers there).
  if (testHosts.length) m.host_permissions = [...(m.host_permissions ?? []), ...testHosts];
  if (browser === 'chrome') {
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker, type: 'module' };
  } else {
    m.background = { scripts: m.background.scripts, type: 'module' };
  }
  return m as any;
}
