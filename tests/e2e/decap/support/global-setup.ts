import { build } from 'vite';

/** Builds the driver harness bundle once before the e2e files run. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'tests/e2e/decap/vite.harness.config.ts' });
}
