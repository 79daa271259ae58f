import { build } from 'vite';
import { buildPageDrivers } from '../../../../scripts/page-drivers.mjs';

/**
 * Builds the harness bundle once before the e2e files run, and Decap's driver bundle as the
 * extension ships it (scripts/page-drivers.mjs), which the harness receives the way the loader does.
 */
export default async function setup(): Promise<void> {
  await build({ configFile: 'tests/e2e/decap/vite.harness.config.ts' });
  await buildPageDrivers({ outDir: '.cache/decap-harness/page-drivers', only: ['decap'], minify: false });
}
