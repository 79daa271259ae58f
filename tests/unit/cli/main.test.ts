import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import replacementCharacter from '../../../src/core/rules/replacement-character';
import { boldNotes, dropUtm, oneTodoPerPass } from './test-rules';
import { cleanTempDirs, fixture, tempDir } from './helpers';

/**
 * `main` in-process with test rules that have fixes, so the --fix path (writing files,
 * keeping bytes) is proven whatever the real rules are. cli.test.ts runs the built binary.
 */
afterEach(cleanTempDirs);

async function run(argv: string[], cwd: string, rules = [dropUtm, oneTodoPerPass, boldNotes]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, rules);
  return { code, stdout, stderr };
}

/** Every byte of `before` outside the given ranges is found, in order, in `after`. */
function keptOutside(before: string, after: string, removed: string[]): void {
  let rest = before;
  for (const r of removed) rest = rest.replace(r, '');
  expect(after).toBe(rest);
}

describe('post-preflight check --fix (in-process, test rules)', () => {
  it('removes only the named bytes, keeping CRLF line endings and the BOM', async () => {
    const dir = tempDir({ 'crlf.md': fixture('crlf.md'), 'bom.md': fixture('bom.md') });
    const crlfBefore = readFileSync(join(dir, 'crlf.md'), 'utf8');
    const bomBefore = readFileSync(join(dir, 'bom.md'));
    const { code, stdout } = (await run(['check', '*.md', '--fix'], dir));
    expect(code).toBe(0);
    expect(stdout).toContain('Fixed 2 problems in 2 files.');
    keptOutside(crlfBefore, readFileSync(join(dir, 'crlf.md'), 'utf8'), ['utm_source=blog&utm_medium=referral&']);
    const bomAfter = readFileSync(join(dir, 'bom.md'));
    expect([...bomAfter.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    keptOutside(bomBefore.toString('utf8'), bomAfter.toString('utf8'), ['&utm_campaign=winter']);
  });

  it('does not rewrite a file that needs no fix', async () => {
    const dir = tempDir({ 'clean.md': fixture('clean.md') });
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'clean.md'), old, old);
    expect((await run(['check', 'clean.md', '--fix'], dir)).code).toBe(0);
    expect(statSync(join(dir, 'clean.md')).mtime.getTime()).toBe(old.getTime());
  });

  it('leaves a file that is not valid UTF-8 alone and says why', async () => {
    const broken = Buffer.concat([Buffer.from('---\ntitle: x\ndate: 2026-01-01\n---\nCaf\xe9 ', 'latin1'), Buffer.from('[shop](https://s.example/?utm_source=a)\n')]);
    const dir = tempDir({ 'latin1.md': broken });
    const { stdout } = (await run(['check', 'latin1.md', '--fix'], dir));
    expect(readFileSync(join(dir, 'latin1.md')).equals(broken)).toBe(true);
    expect(stdout).toContain('latin1.md: not fixed: the file is not valid UTF-8');
  });

  it('a plain check of a file that is not valid UTF-8 says so at its first bad byte', async () => {
    const broken = Buffer.concat([Buffer.from('---\ntitle: x\ndate: 2026-01-01\n---\nCaf\xe9 and cr\xeapes\n', 'latin1')]);
    const dir = tempDir({ 'latin1.md': broken });
    const { stdout } = await run(['check', 'latin1.md'], dir, [replacementCharacter]);
    expect(stdout).toMatch(/latin1\.md:5:4 +warning +replacement-character +“�” stands for a character lost to a wrong encoding, 2 times in this post/);
  });

  it('reports what remains after fixing and exits 1 while errors remain', async () => {
    const dir = tempDir({ 'a.md': '---\ntitle: x\ndate: 2026-01-01\n---\nTODO and [s](https://s.example/?utm_source=a)\n' });
    const { code, stdout } = (await run(['check', 'a.md', '--fix'], dir, [dropUtm]));
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('---\ntitle: x\ndate: 2026-01-01\n---\nTODO and [s](https://s.example/)\n');
    expect(stdout).toContain('✔ 1 file checked, no problems.');
  });
});

describe('post-preflight check output (in-process, test rules)', () => {
  const dir = () => tempDir({ 'a.md': '---\ntitle: x\ndate: 2026-01-01\n---\nTODO: a NOTE on [s](https://s.example/?utm_source=a&k=1)\n' });

  it('stylish: path:line:col, severity, rule, message, then a summary', async () => {
    const { code, stdout } = (await run(['check', 'a.md'], dir()));
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'a.md:5:1   error    test-one-todo   TODO left in the post.',
      'a.md:5:9   info     test-bold-note  Make NOTE bold.',
      'a.md:5:21  warning  test-drop-utm   Link has utm_ parameters; remove them.',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info) in 1 file.',
      '  3 problems can be fixed with --fix.',
      '',
    ]);
  });

  it('says that --link-cache and --link-timeout do nothing without --links', async () => {
    const { stderr } = await run(['check', 'a.md', '--link-cache', 'links.json'], dir());
    expect(stderr).toBe('post-preflight: --link-cache and --link-timeout only take effect with --links; links were not checked online.\n');
    expect((await run(['check', 'a.md'], dir())).stderr).toBe('');
  });

  it('--quiet shows errors only', async () => {
    const { stdout } = (await run(['check', 'a.md', '--quiet'], dir()));
    expect(stdout).toContain('test-one-todo');
    expect(stdout).not.toContain('test-drop-utm');
    expect(stdout).not.toContain('test-bold-note');
  });

  it('--quiet with only warnings left: "no errors", saying how many were not shown (never "no problems")', async () => {
    const cwd = tempDir({ 'a.md': '---\ntitle: x\ndate: 2026-01-01\n---\nA NOTE on [s](https://s.example/?utm_source=a)\n' });
    const { code, stdout } = await run(['check', 'a.md', '--quiet', '--max-warnings', '0'], cwd);
    expect(stdout).toBe('✔ 1 file checked, no errors (2 problems not shown: --quiet shows errors only).\n');
    expect(code).toBe(1);
  });

  it('json: ESLint result shape, info kept apart, multi-edit fixes merged into one range', async () => {
    const cwd = dir();
    const text = readFileSync(join(cwd, 'a.md'), 'utf8');
    const [result, ...rest] = JSON.parse((await run(['check', 'a.md', '--format', 'json'], cwd)).stdout);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ filePath: join(cwd, 'a.md'), errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 1, fatalErrorCount: 0, infoCount: 1, suppressedMessages: [], usedDeprecatedRules: [] });
    expect(result.messages).toEqual([
      { ruleId: 'test-one-todo', severity: 2, message: 'TODO left in the post.', line: 5, column: 1, endLine: 5, endColumn: 5, fix: { range: [text.indexOf('TODO'), text.indexOf('TODO') + 4], text: 'DONE' } },
      expect.objectContaining({ ruleId: 'test-drop-utm', severity: 1, line: 5, column: 21 }),
    ]);
    const note = text.indexOf('NOTE');
    expect(result.infoMessages).toEqual([expect.objectContaining({ ruleId: 'test-bold-note', severity: 0, fix: { range: [note, note + 4], text: '**NOTE**' } })]);
    // One short line of prose: no description can be made of it, and the output says why.
    expect(result.suggestions).toEqual([]);
    expect(result.noSuggestions).toBe('little-prose');
    expect(result).not.toHaveProperty('output');
  });

  it('json with --fix: reports what remains, with the fixed text as `output` like ESLint', async () => {
    const cwd = dir();
    const [result] = JSON.parse((await run(['check', 'a.md', '--format', 'json', '--fix'], cwd)).stdout);
    const after = readFileSync(join(cwd, 'a.md'), 'utf8');
    expect(after).toBe('---\ntitle: x\ndate: 2026-01-01\n---\nDONE: a **NOTE** on [s](https://s.example/?k=1)\n');
    expect(result.output).toBe(after);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, messages: [] });
  });

  it('--max-warnings: exit 1 over the limit, with a message', async () => {
    const cwd = tempDir({ 'a.md': '---\ntitle: x\ndate: 2026-01-01\n---\n[s](https://s.example/?utm_source=a)\n' });
    expect((await run(['check', 'a.md', '--max-warnings', '1'], cwd)).code).toBe(0);
    const over = (await run(['check', 'a.md', '--max-warnings', '0'], cwd));
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('post-preflight: 1 warning, more than --max-warnings 0 allows.\n');
  });
});
