import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The CLI tests run the built command (bin/post-preflight.js → dist/lib/cli.js) as a child
 * process, like a user would; build it once per test run so they never test a stale build.
 */
export default function buildLibraryOnce(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
  execFileSync(process.execPath, [vite, 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
