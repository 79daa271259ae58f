// @vitest-environment jsdom
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { linkCheckRule, ruleCatalog, type RuleInfo } from '../../../src/core/rule-catalog';
import { rules } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/types';
import { RuleSettings } from '../../../src/options/rule-settings';
import { RULE_FIXTURES } from './lint';
import { ruleSurfaceProblems, type RuleSurface } from './meta-check';

/** Every file of src/core/rules/ except the registry, by name. */
const files: Record<string, { default?: unknown }> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default?: unknown }>('../../../src/core/rules/*.ts', { eager: true }))
    .filter(([path]) => !path.endsWith('/index.ts'))
    .map(([path, mod]) => [path.split('/').pop()!.replace(/\.ts$/, ''), mod]),
);
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../README.md'), 'utf8');

async function helpText(registered: readonly Rule[]): Promise<string> {
  let out = '';
  await main(['--help'], { stdout: (t) => (out += t), stderr: () => {}, cwd: process.cwd() }, registered);
  return out;
}

function optionIds(catalog: readonly RuleInfo[]): string[] {
  const root = document.createElement('div');
  render(h(RuleSettings, { settings: {}, onChange: () => {}, catalog }), root);
  const ids = [...root.querySelectorAll('label[data-rule]')].filter((l) => l.querySelector('select')).map((l) => l.getAttribute('data-rule')!);
  render(null, root);
  return ids;
}

async function surface(): Promise<RuleSurface> {
  return { files, registered: rules, catalog: ruleCatalog, readme, fixtureRoot: RULE_FIXTURES, help: await helpText(rules), optionIds: optionIds(ruleCatalog) };
}

describe('rule registry, tests and docs', () => {
  it('every rule file is registered under its file name, has fixtures, a README row, an options setting and a --help line', async () => {
    expect(ruleSurfaceProblems(await surface())).toEqual([]);
    expect(Object.keys(files).length).toBe(rules.length);
  });

  it('the catalog is every registered rule plus the network link check, and the CLI accepts exactly those ids in a config', () => {
    expect(ruleCatalog.map((r) => r.id)).toEqual([...rules.map((r) => r.id), linkCheckRule.id]);
  });

  it('fails for a rule added without registration, fixture, README row, options setting or --help line', async () => {
    const temporary: Rule = {
      id: 'temporary-rule',
      meta: { type: 'problem', fixable: true, docs: { description: 'A rule only this test knows.', anchor: 'rule-temporary-rule' } },
      defaultSeverity: 'warning',
      check: () => [],
    };
    const real = await surface();
    const added = ruleSurfaceProblems({ ...real, files: { ...real.files, 'temporary-rule': { default: temporary } } });
    expect(added).toEqual([
      'temporary-rule: not registered in src/core/rules/index.ts',
      'temporary-rule: missing from the rule catalog (src/core/rule-catalog.ts)',
      'temporary-rule: no fixture test (tests/fixtures/rules/temporary-rule/*.md)',
      'temporary-rule: fixable, but no fixture shows its fix (a .fixed.md)',
      'temporary-rule: no row in the README rules table',
      'temporary-rule: not in the options page',
      'temporary-rule: not in --help',
    ]);
    // Registered (so the options page and --help list it) but still untested and undocumented:
    const registered = [...rules, temporary];
    const catalog = [...ruleCatalog, temporary];
    const half = ruleSurfaceProblems({ ...real, files: { ...real.files, 'temporary-rule': { default: temporary } }, registered, catalog, help: await helpText(registered), optionIds: optionIds(catalog) });
    expect(half).toEqual([
      'temporary-rule: no fixture test (tests/fixtures/rules/temporary-rule/*.md)',
      'temporary-rule: fixable, but no fixture shows its fix (a .fixed.md)',
      'temporary-rule: no row in the README rules table',
    ]);
    // An id that is not the file name, and a README row that drifted from the meta.
    const renamed = ruleSurfaceProblems({ ...real, files: { ...real.files, 'bare-url': { default: { ...rules.find((r) => r.id === 'bare-url')!, id: 'bare-urls' } } } });
    expect(renamed).toContain('src/core/rules/bare-url.ts: its id "bare-urls" must equal the file name "bare-url"');
    const drifted = ruleSurfaceProblems({ ...real, readme: readme.replace('`bare-url` | URLs in prose', '`bare-url` | Bare URLs in prose') });
    expect(drifted).toEqual(['bare-url: the README row says “Bare URLs in prose are written as links with words, not pasted bare.”, the rule says “URLs in prose are written as links with words, not pasted bare.”']);
  });
});
