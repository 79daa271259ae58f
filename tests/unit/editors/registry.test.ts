// @vitest-environment jsdom
/**
 * Meta-test of the editor registry (src/editors/registry.ts), as refined-github checks its
 * features: every editor folder is registered, has its adapter (and its driver where it lives in
 * the page's world) under the folder's name, is in the README's editor table, and has an e2e test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_IDS, inRegistryOrder } from '../../../src/editors/registry';
import { adapters } from '../../../src/editors/adapters';
import { driverSignatures } from '../../../src/editors/signatures';

const root = join(import.meta.dirname, '../../..');
const folders = readdirSync(join(root, 'src/editors'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}
const e2eTests = filesUnder(join(root, 'tests/e2e')).filter((f) => f.endsWith('.test.ts'));

describe('editor registry', () => {
  it('lists every folder of src/editors/ once, and nothing else', () => {
    expect([...EDITOR_IDS].sort()).toEqual(folders);
    expect(new Set(EDITOR_IDS).size).toBe(EDITOR_IDS.length);
  });

  it('gives the content script one adapter per editor, in registry order, named after its folder', () => {
    expect(adapters.map((a) => a.id)).toEqual([...EDITOR_IDS]);
  });

  it('gives every folder with a page-world driver.ts a DOM signature (signature.ts), in registry order', () => {
    const withDriver = EDITOR_IDS.filter((id) => existsSync(join(root, 'src/editors', id, 'driver.ts')));
    const withSignature = EDITOR_IDS.filter((id) => existsSync(join(root, 'src/editors', id, 'signature.ts')));
    expect(withSignature).toEqual(withDriver);
    expect(driverSignatures.map((d) => d.id)).toEqual(withDriver);
    expect(withDriver).toContain('decap'); // the page-world editors are really found
    for (const { selector } of driverSignatures) expect(() => document.querySelector(selector)).not.toThrow();
  });

  it('builds one driver bundle per driver.ts, each handing its driver over through the loader', () => {
    for (const id of EDITOR_IDS.filter((i) => existsSync(join(root, 'src/editors', i, 'driver.ts')))) {
      expect(readFileSync(join(root, 'src/editors', id, 'driver.ts'), 'utf8'), `src/editors/${id}/driver.ts needs a default export (its PageDriverFactory)`).toMatch(/export default /);
    }
  });

  it('refuses a folder missing from the registry, a module under another id, and a missing adapter', () => {
    const mod = (id: string) => ({ id });
    expect(() => inRegistryOrder({ './newcms/adapter.ts': mod('newcms') }, 'adapter.ts', false)).toThrow(/not in src\/editors\/registry\.ts/);
    expect(() => inRegistryOrder({ './decap/adapter.ts': mod('decap-cms') }, 'adapter.ts', false)).toThrow(/must be its folder's name/);
    expect(() => inRegistryOrder({ './decap/adapter.ts': mod('decap') }, 'adapter.ts', true)).toThrow(/sveltia\/adapter\.ts is missing/);
  });

  it.each(EDITOR_IDS)('%s is in the README editor table', (id) => {
    const rows = readme.split('\n').filter((line) => line.startsWith('| ') && line.includes(`src/editors/${id}/`));
    expect(rows, `README.md "Supported editors" needs a row naming src/editors/${id}/`).toHaveLength(1);
  });

  it.each(EDITOR_IDS)('%s is covered by an e2e test', (id) => {
    // A test file named after the editor, or one that names it as a string (driver id, adapter id).
    const quoted = new RegExp(`['"\`]${id}['"\`]`);
    const covering = e2eTests.filter((f) => relative(join(root, 'tests/e2e'), f).includes(id) || quoted.test(readFileSync(f, 'utf8')));
    expect(covering.length, `no test under tests/e2e names ${id}`).toBeGreaterThan(0);
  });

  it('README says how to add an editor: the folder and the registry line', () => {
    const section = readme.slice(readme.indexOf('### Adding an editor'));
    expect(section).toContain('src/editors/<id>/');
    expect(section).toContain('src/editors/registry.ts');
  });
});
