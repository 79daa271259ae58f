import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import pkg from '../../../package.json';
import { ROOT } from './helpers';
// Each test starts node processes; on a loaded shared machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

/** The built library (dist/lib/index.js, built by global-setup.ts), as a user's code imports it. */
describe("import { analyze } from 'post-preflight'", () => {
  it('resolves through package.json "exports" (self-reference) and analyzes a post', () => {
    // Self-reference only works for files inside the package, so the probe lives in .cache/.
    const dir = join(ROOT, '.cache/library-test');
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      [
        "import { analyze, applyFixes, rules } from 'post-preflight';",
        "const report = analyze('# No frontmatter here\\n', { preview: true });",
        'console.log(JSON.stringify({ ruleIds: rules.map((r) => r.id), diagnostics: report.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column]), html: report.html, fixed: applyFixes("abc", [{ edits: [{ start: 1, end: 2, text: "X" }] }]).text }));',
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.ruleIds).toEqual(expect.arrayContaining(['frontmatter-fence', 'yaml-syntax']));
    expect(out.diagnostics).toContainEqual(['frontmatter-fence', 'error', 1, 1]);
    expect(out.html).toContain('<h1');
    expect(out.fixed).toBe('aXc');
  });

  it('imports only Node built-ins and the declared runtime dependencies (never yoastseo)', () => {
    for (const file of ['index.js', 'cli.js']) {
      const code = readFileSync(join(ROOT, 'dist/lib', file), 'utf8');
      const imported = [...code.matchAll(/^import\s.*?from\s+"([^"]+)";?$/gm)].map((m) => m[1]!);
      const packages = imported.filter((id) => !id.startsWith('.') && !id.startsWith('node:'));
      expect(packages.length).toBeGreaterThan(0);
      for (const id of packages) expect(Object.keys(pkg.dependencies), `${file} imports ${id}`).toContain(id.split('/')[0]);
      expect(code).not.toMatch(/yoast/i);
    }
  });

  it('package.json points "exports" at the built library with the core types', () => {
    expect(pkg.exports['.']).toEqual({ types: './src/core/index.ts', import: './dist/lib/index.js' });
    expect(pkg.bin['post-preflight']).toBe('bin/post-preflight.js');
  });
});
