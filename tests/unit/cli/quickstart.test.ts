import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanTempDirs, ROOT, tempDir } from './helpers';

/** The README's quick start on a fresh clone: `npm install`, then `npx post-preflight …`. */
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanTempDirs);

describe('quick start', () => {
  it('npm install builds the command line (the prepare script), so npx post-preflight works right away', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(pkg.scripts.prepare).toMatch(/vite build --config vite\.lib\.config\.ts/);
    // What prepare builds is what the bin starts (built once for this run by global-setup.ts).
    const run = spawnSync(process.execPath, [join(ROOT, pkg.bin['post-preflight']!), '--version'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('without the build, the command says what to run, exits 2, and prints no stack trace', () => {
    // A copy of the package's bin/ with no dist/ next to it: a clone before any build.
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin/post-preflight.js'));
    const run = spawnSync(process.execPath, [join(dir, 'bin/post-preflight.js'), 'check', 'post.md'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'post-preflight: the command line is not built yet (dist/lib/cli.js is missing).\nRun `npm run build:lib` in the post-preflight folder (`npm install` there does it for you), then try again.\n',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
