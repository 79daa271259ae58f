import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixPost } from '../../../src/cli/fix-loop';
import { version } from '../../../package.json';
import { cleanTempDirs, FIXTURES, fixture, runCli, tempDir } from './helpers';

/**
 * The built command (node bin/post-preflight.js → dist/lib/cli.js, built by global-setup.ts)
 * run as a child process on the fixture posts with the real rules. Assertions name only the
 * rules that exist from the start (frontmatter-fence, yaml-syntax) and use "at least" counts,
 * so they hold as more rules are merged.
 */
afterEach(cleanTempDirs);
// Each test starts node processes; on a loaded shared machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const posts = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
const allFixtures = () => tempDir(Object.fromEntries(posts.map((f) => [f, fixture(f)])));
const NO_FM = fixture('no-frontmatter.md');

describe('post-preflight check (stylish)', () => {
  it('prints file:line:col, severity, rule and message, then a summary, and exits 1 on errors', () => {
    const { code, stdout, stderr } = runCli(['check', '*.md'], allFixtures());
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^no-frontmatter\.md:1:1 +error +frontmatter-fence +No frontmatter: the post should start with a line "---"/m);
    expect(stdout).toMatch(/^yaml-error\.md:\d+:\d+ +error +yaml-syntax +YAML error: /m);
    const summary = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?(?:, \d+ infos?)?\) in (\d+) files\.$/m.exec(stdout);
    expect(summary).not.toBeNull();
    expect(Number(summary![2])).toBeGreaterThanOrEqual(2);
    expect(Number(summary![4])).toBe(posts.length);
  });

  it('exits 0 on a post without errors', () => {
    const { code, stdout } = runCli(['check', 'clean.md'], tempDir({ 'clean.md': fixture('clean.md') }));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/ error /);
  });
});

describe('post-preflight check --format json', () => {
  it("prints ESLint's result shape for every file, plus infos and description suggestions", () => {
    const cwd = allFixtures();
    const { code, stdout } = runCli(['check', '*.md', '--format', 'json'], cwd);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Record<string, any>[];
    expect(results.map((r) => r.filePath).sort()).toEqual(posts.map((p) => join(cwd, p)).sort());
    for (const r of results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'infoMessages', 'infoCount', 'suggestions']));
      expect(r.errorCount).toBe(r.messages.filter((m: any) => m.severity === 2).length);
      expect(r.warningCount).toBe(r.messages.filter((m: any) => m.severity === 1).length);
      expect(r.infoCount).toBe(r.infoMessages.length);
      for (const m of [...r.messages, ...r.infoMessages]) {
        expect(m).toEqual(expect.objectContaining({ ruleId: expect.any(String), message: expect.any(String), line: expect.any(Number), column: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) }));
        if (m.fix) expect(m.fix).toEqual({ range: [expect.any(Number), expect.any(Number)], text: expect.any(String) });
      }
    }
    const noFm = results.find((r) => r.filePath.endsWith('no-frontmatter.md'))!;
    expect(noFm.messages).toContainEqual(expect.objectContaining({ ruleId: 'frontmatter-fence', severity: 2, line: 1, column: 1 }));
  });
});

describe('post-preflight check --fix', () => {
  it('writes exactly what the core fixer produces, and leaves files needing no fix untouched', () => {
    const cwd = allFixtures();
    const old = new Date('2020-01-01T00:00:00Z');
    const before = new Map(posts.map((p) => [p, readFileSync(join(cwd, p), 'utf8')]));
    for (const p of posts) utimesSync(join(cwd, p), old, old);
    runCli(['check', '*.md', '--fix'], cwd);
    for (const p of posts) {
      const expected = fixPost(before.get(p)!).text;
      expect(readFileSync(join(cwd, p), 'utf8'), p).toBe(expected);
      if (expected === before.get(p)) expect(statSync(join(cwd, p)).mtime.getTime(), p).toBe(old.getTime());
    }
  });
});

describe('config discovery', () => {
  const severityOf = (cwd: string, args: string[] = []) => {
    const { code, stdout } = runCli(['check', 'posts/post.md', '--format', 'json', ...args], cwd);
    const message = JSON.parse(stdout)[0].messages.find((m: any) => m.ruleId === 'frontmatter-fence');
    return { code, severity: message?.severity };
  };

  it('uses the defaults without a config', () => {
    expect(severityOf(tempDir({ 'posts/post.md': NO_FM }))).toEqual({ code: 1, severity: 2 });
  });

  it('finds .preflightrc.json in a directory above the post', () => {
    const cwd = tempDir({ 'posts/post.md': NO_FM, '.preflightrc.json': '{"rules": {"frontmatter-fence": "warning"}}' });
    expect(severityOf(cwd)).toEqual({ code: 0, severity: 1 });
  });

  it('finds the "postPreflight" key of package.json', () => {
    const cwd = tempDir({ 'posts/post.md': NO_FM, 'package.json': JSON.stringify({ name: 'blog', postPreflight: { rules: { 'frontmatter-fence': 'off' } } }) });
    expect(severityOf(cwd)).toEqual({ code: 0, severity: undefined });
  });

  it('lets --config win over a discovered config', () => {
    const cwd = tempDir({ 'posts/post.md': NO_FM, 'posts/.preflightrc.json': '{"rules": {"frontmatter-fence": "off"}}', 'ci.json': '{"rules": {"frontmatter-fence": "error"}}' });
    expect(severityOf(cwd, ['--config', 'ci.json'])).toEqual({ code: 1, severity: 2 });
  });
});

describe('exit code 2 with a clear message', () => {
  const expectUsageError = (args: string[], cwd: string, message: string | RegExp) => {
    const { code, stdout, stderr } = runCli(args, cwd);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toBe(`post-preflight: ${message}\n`);
    else expect(stderr).toMatch(message);
  };

  it('for a missing file', () => expectUsageError(['check', 'nope.md'], tempDir(), 'cannot read "nope.md": no such file.'));
  it('for a glob matching nothing', () => expectUsageError(['check', 'drafts/**/*.md'], tempDir({ 'a.md': NO_FM }), 'no files match "drafts/**/*.md".'));
  it('for a bad flag', () => expectUsageError(['check', 'a.md', '--fixx'], tempDir({ 'a.md': NO_FM }), /^post-preflight: Unknown option '--fixx'\. Run "post-preflight --help" for the options\.\n$/));
  it('for a config that is not valid JSON, with its line and column', () => {
    const cwd = tempDir({ 'a.md': NO_FM, '.preflightrc.json': '{\n  "rules": { "yaml-syntax": "off" },\n}\n' });
    expectUsageError(['check', 'a.md'], cwd, /^post-preflight: config ".*\.preflightrc\.json" is not valid JSON at line 3, column 1: /);
  });
  it('for a config naming a rule that does not exist', () => {
    const cwd = tempDir({ 'a.md': NO_FM, 'site.json': '{"rules": {"yaml-sintax": "off"}}' });
    expectUsageError(['check', 'a.md', '--config', 'site.json'], cwd, /"rules\.yaml-sintax": there is no rule "yaml-sintax" \(did you mean "yaml-syntax"\?\)/);
  });
  it('for a missing --config file', () => expectUsageError(['check', 'a.md', '--config', 'gone.json'], tempDir({ 'a.md': NO_FM }), /^post-preflight: cannot read config ".*gone\.json": no such file\.\n$/));
  it('without a command', () => expectUsageError([], tempDir(), /no command given/));
});

describe('--help and --version', () => {
  it('print usage and the package version, exit 0', () => {
    const help = runCli(['--help'], tempDir());
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: post-preflight check <files or globs…>/) });
    expect(help.stdout).toMatch(/^ {2}frontmatter-fence +error +The post starts with a --- fenced frontmatter block/m);
    // What --links does with --fix, as the code does it (links.test.ts): only a move to the same address on https is written.
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--links .*with --fix, a link moved for good to the same address on https is updated; other moves are offered as suggestions/);
    expect(runCli(['--version'], tempDir())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

it('a UTF-8 BOM and CRLF post checks like any other', () => {
  const cwd = tempDir({ 'bom.md': fixture('bom.md'), 'crlf.md': fixture('crlf.md') });
  writeFileSync(join(cwd, 'bom-crlf.md'), fixture('bom.md').toString('utf8').replace(/\n/g, '\r\n'));
  const results = JSON.parse(runCli(['check', '*.md', '--format', 'json'], cwd).stdout) as { messages: { ruleId: string }[] }[];
  for (const r of results) expect(r.messages.map((m) => m.ruleId)).not.toContain('frontmatter-fence');
});
