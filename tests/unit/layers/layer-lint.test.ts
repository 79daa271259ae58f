import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findHostGlobals } from '../../../scripts/layers/core-globals.mjs';

/**
 * The layer lint (`npm run lint:layers`) must fail when an import points the wrong way, not just
 * pass on today's tree: it is run here, with the repository's own rules, on small source trees
 * written for the test — one that keeps every rule and one that breaks each rule once.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = join(root, 'scripts/layers/dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layer-lint-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs dependency-cruiser as `npm run lint:layers` does (its `err` report, which sets the exit code). */
async function cruise(dir: string): Promise<{ exitCode: number; violations: string[] }> {
  const out = await run(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'err'], { cwd: dir }).then(
    (r) => ({ exitCode: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ exitCode: e.code, stdout: e.stdout }),
  );
  // "  error core-no-node-api: src/core/storage.ts → fs"
  const violations = [...out.stdout.matchAll(/^\s*error (\S+): (\S+) → (\S+)$/gm)].map((m) => `${m[1]}: ${m[2]} → ${m[3]}`);
  return { exitCode: out.exitCode, violations };
}

const lawful = {
  'src/core/types.ts': 'export type TextEdit = { start: number; end: number; text: string };\n',
  'src/core/fix.ts': "import type { TextEdit } from './types';\nimport { parse } from 'yaml';\nexport const apply = (e: TextEdit) => parse(e.text);\n",
  'src/protocol/apply-result.ts': "import type { TextEdit } from '../core/types';\nexport type ApplyResult = { ok: boolean; edits: TextEdit[] };\n",
  'src/platform/browser.ts': "import browser from 'webextension-polyfill';\nexport { browser };\n",
  'src/adapters/types.ts': "import type { ApplyResult } from '../protocol/apply-result';\nexport type Adapter = { apply(): ApplyResult };\n",
  'src/panel/connection.ts': "import type { ApplyResult } from '../protocol/apply-result';\nimport { browser } from '../platform/browser';\nimport { apply } from '../core/fix';\nexport const use = (r: ApplyResult) => [r, browser, apply];\n",
  'src/content/index.ts': "import type { Adapter } from '../adapters/types';\nexport const a: Adapter[] = [];\n",
  'src/node/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = (p: string) => readFileSync(p, 'utf8');\n",
  'src/cli/main.ts': "import { read } from '../node/read';\nimport { apply } from '../core/fix';\nexport const main = () => apply({ start: 0, end: 0, text: read('x') });\n",
};

describe('layer lint (dependency-cruiser with scripts/layers/dependency-cruiser.cjs)', () => {
  // Each run starts dependency-cruiser afresh (about 2 s, more on a busy machine).
  it('passes a tree whose imports all point down', { timeout: 60_000 }, async () => {
    const { exitCode, violations } = await cruise(tree(lawful));
    expect(violations).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('fails, naming the file, the import and the rule, for each import that points the wrong way', { timeout: 60_000 }, async () => {
    const dir = tree({
      ...lawful,
      // the core reaching up into the panel (a type-only import counts as much as a value import)
      'src/core/report.ts': "import type { ApplyResult } from '../protocol/apply-result';\nimport { use } from '../panel/connection';\nexport const r = (x: ApplyResult) => use(x);\n",
      // the core using an extension API, a DOM-only module and a Node built-in
      'src/core/storage.ts': "import browser from 'webextension-polyfill';\nimport DOMPurify from 'dompurify';\nimport { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const x = [browser, DOMPurify, readFileSync, join];\n",
      // shared vocabulary importing an editor adapter (the old ApplyResult direction)
      'src/protocol/messages.ts': "import type { Adapter } from '../adapters/types';\nexport type Msg = { adapter: Adapter };\n",
      // one extension context importing another
      'src/panel/settings-use.ts': "import { s } from '../options/settings';\nexport const t = s;\n",
      'src/options/settings.ts': 'export const s = 1;\n',
      // the command line importing extension code
      'src/cli/ext.ts': "import { use } from '../panel/connection';\nexport const u = use;\n",
      // the browser wrappers importing a context (the old settings-normalization direction)
      'src/platform/storage.ts': "import { s } from '../options/settings';\nexport const v = s;\n",
    });
    const { exitCode, violations } = await cruise(dir);
    expect(exitCode).not.toBe(0);
    expect(violations.sort()).toEqual(
      [
        'contexts-apart: src/panel/settings-use.ts → src/options/settings.ts',
        'core-imports-no-higher-layer: src/core/report.ts → src/panel/connection.ts',
        'core-imports-no-higher-layer: src/core/report.ts → src/protocol/apply-result.ts',
        'core-no-browser-api: src/core/storage.ts → dompurify',
        'core-no-browser-api: src/core/storage.ts → webextension-polyfill',
        'core-no-node-api: src/core/storage.ts → fs',
        'core-no-node-api: src/core/storage.ts → path',
        'node-side-apart: src/cli/ext.ts → src/panel/connection.ts',
        'platform-imports-no-higher-layer: src/platform/storage.ts → src/options/settings.ts',
        'protocol-imports-no-higher-layer: src/protocol/messages.ts → src/adapters/types.ts',
      ].sort(),
    );
  });
});

describe('core globals scan (scripts/layers/core-globals.mjs)', () => {
  it('finds a browser or Node API reached through a global, and only real uses', () => {
    const dir = tree({
      'src/core/bad.ts': [
        'export const id = () => chrome.runtime.id;',
        'export const body = () => document.body;',
        'export const env = () => process.env.HOME;',
        '',
      ].join('\n'),
      'src/core/fine.ts': [
        '// the browser window and document are mentioned in comments only',
        "export const s = 'window.location and chrome.runtime in a string';",
        'export function f(document: { title: string }) { return document.title; }',
        'export const o = { window: 1, navigator: 2 };',
        'export const p = (x: { process: number }) => x.process;',
        '',
      ].join('\n'),
    });
    const found = findHostGlobals(join(dir, 'src/core')).map((f) => `${f.file.slice(dir.length + 1)}:${f.line}:${f.name}`);
    expect(found).toEqual(['src/core/bad.ts:1:chrome', 'src/core/bad.ts:2:document', 'src/core/bad.ts:3:process']);
  });
});
