import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { isSuppressed, parseDirectives, type Directive } from '../../src/core/directives';
import { parsePost } from '../../src/core/parse/post';
import { lineIndex } from '../../src/core/parse/lines';
import { withDiagnostics } from '../../src/core/report';
import { fixPost } from '../../src/cli/fix-loop';
import type { Diagnostic } from '../../src/core/types';
import { cleanTempDirs, runCli, tempDir } from './cli/helpers';

/**
 * Inline directive comments (markdownlint's `<!-- markdownlint-disable … -->`, with our name):
 * parsed by the pure core, applied in `analyze`, so the command line and the panel agree.
 */
vi.setConfig({ testTimeout: 60_000 });
afterEach(cleanTempDirs);

const FM = ['---', 'title: Directives', 'date: 2025-01-02', 'description: A post that turns a few checks off where the author knows better than the rules do, on purpose.', '---', ''];
const post = (...body: string[]) => [...FM, ...body, ''].join('\n');
const TRACKED = (n: number) => `[shop ${n}](https://shop.example/item?id=${n}&utm_source=mail)`;

const rulesOf = (text: string, ruleId: string) => analyze(text).diagnostics.filter((d) => d.ruleId === ruleId);
const linesOf = (ds: readonly Diagnostic[]) => ds.map((d) => d.line);
const directivesOf = (text: string): Directive[] => {
  const p = parsePost(text);
  return parseDirectives(text, p.frontmatter, p.body, lineIndex(text));
};

describe('inline directives in the body', () => {
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('-disable and -enable turn a rule off for the lines between them, and only that rule', () => {
    const text = post(TRACKED(1), '', '<!-- post-preflight-disable tracking-params -->', TRACKED(2), 'Visit http://plain.example now.', '<!-- post-preflight-enable tracking-params -->', TRACKED(3));
    expect(linesOf(rulesOf(text, 'tracking-params'))).toEqual([lineOf(text, 'shop 1'), lineOf(text, 'shop 3')]);
    // Another rule in the disabled stretch is still reported.
    expect(rulesOf(text, 'bare-url').length).toBeGreaterThan(0);
    const report = analyze(text);
    expect(report.suppressed!.map((d) => [d.ruleId, d.line])).toEqual([['tracking-params', lineOf(text, 'shop 2')]]);
    // The counts are those of what is shown.
    expect(report.warningCount + report.errorCount + report.infoCount).toBe(report.diagnostics.length);
  });

  it('without rule names a directive applies to every rule; -enable of one rule re-enables just that one', () => {
    const text = post('<!-- post-preflight-disable -->', TRACKED(1), 'Visit http://plain.example now.', '<!-- post-preflight-enable bare-url -->', TRACKED(2), 'Visit http://other.example now.');
    expect(rulesOf(text, 'tracking-params')).toEqual([]);
    expect(linesOf(rulesOf(text, 'bare-url'))).toEqual([lineOf(text, 'other.example')]);
  });

  it('-disable-line and -disable-next-line cover exactly one line; names may be separated by commas', () => {
    const text = post(
      `${TRACKED(1)} <!-- post-preflight-disable-line tracking-params -->`,
      '<!-- post-preflight-disable-next-line bare-url, tracking-params -->',
      `${TRACKED(2)} and http://plain.example`,
      `${TRACKED(3)} and http://second.example`,
    );
    expect(linesOf(rulesOf(text, 'tracking-params'))).toEqual([lineOf(text, 'shop 3')]);
    expect(linesOf(rulesOf(text, 'bare-url'))).toEqual([lineOf(text, 'second.example')]);
  });

  it('-disable-file turns a rule off in the whole post, even above the comment; -enable-file undoes it', () => {
    const off = post(TRACKED(1), TRACKED(2), '<!-- post-preflight-disable-file tracking-params -->');
    expect(rulesOf(off, 'tracking-params')).toEqual([]);
    const back = post(TRACKED(1), '<!-- post-preflight-disable-file tracking-params -->', '<!-- post-preflight-enable-file tracking-params -->');
    expect(rulesOf(back, 'tracking-params')).toHaveLength(1);
  });

  it('a directive in a code block or code span is sample text, not a directive', () => {
    const text = post('```html', '<!-- post-preflight-disable-file tracking-params -->', '```', '', 'Write `<!-- post-preflight-disable -->` to turn checks off.', '', TRACKED(1));
    expect(directivesOf(text)).toEqual([]);
    expect(rulesOf(text, 'tracking-params')).toHaveLength(1);
  });

  it('a comment spanning lines: -disable-next-line means the line after its end', () => {
    const text = post('<!--', '  post-preflight-disable-next-line tracking-params', '-->', TRACKED(1), TRACKED(2));
    // The comment starts with "<!--" then a newline: the name must follow "<!--" and spaces, which newlines are.
    expect(linesOf(rulesOf(text, 'tracking-params'))).toEqual([lineOf(text, 'shop 2')]);
  });
});

describe('inline directives in the frontmatter (YAML comments)', () => {
  it('a # comment at the end of a field\'s line or on the line before turns that field\'s finding off', () => {
    const short = ['---', 'title: Short', 'date: 2025-01-02', 'description: Too short # post-preflight-disable-line description-length', '---', '', 'Body.', ''].join('\n');
    expect(rulesOf(short, 'description-length')).toEqual([]);
    expect(analyze(short).suppressed!.map((d) => d.ruleId)).toEqual(['description-length']);
    const before = ['---', 'title: Short', 'date: 2025-01-02', '# post-preflight-disable-next-line description-length', 'description: Too short', '---', '', 'Body.', ''].join('\n');
    expect(rulesOf(before, 'description-length')).toEqual([]);
    const none = ['---', 'title: Short', 'date: 2025-01-02', 'description: Too short', '---', '', 'Body.', ''].join('\n');
    expect(rulesOf(none, 'description-length')).toHaveLength(1);
  });

  it('a "#" inside a value is not a comment', () => {
    const text = ['---', 'title: "C#post-preflight-disable-file"', '---', '', 'Body.', ''].join('\n');
    expect(directivesOf(text)).toEqual([]);
  });
});

describe('directive problems', () => {
  it('a misspelt rule name is reported (it would silently turn nothing off), with the likely name', () => {
    const text = post('<!-- post-preflight-disable-next-line traking-params -->', TRACKED(1));
    const report = analyze(text);
    const problem = report.diagnostics.find((d) => d.ruleId === 'directive')!;
    expect(problem.severity).toBe('warning');
    expect(problem.message).toContain('There is no rule "traking-params"');
    expect(problem.message).toContain('did you mean "tracking-params"?');
    expect(report.diagnostics.filter((d) => d.ruleId === 'tracking-params')).toHaveLength(1);
    // The link check's id is a name directives may use.
    expect(analyze(post('<!-- post-preflight-disable link-check -->')).diagnostics.filter((d) => d.ruleId === 'directive')).toEqual([]);
  });
});

describe('findings that arrive after the analysis', () => {
  it('the link check\'s findings obey the post\'s directives too (withDiagnostics)', () => {
    const text = post('[a](https://gone.example/a)', '<!-- post-preflight-disable-next-line link-check -->', '[b](https://gone.example/b)');
    const report = analyze(text);
    const at = (url: string): Diagnostic => {
      const start = text.indexOf(url);
      const line = text.slice(0, start).split('\n').length;
      return { ruleId: 'link-check', severity: 'error', message: 'Broken (404)', start, end: start + url.length, line, column: 1, endLine: line, endColumn: 1 };
    };
    const merged = withDiagnostics(report, [at('https://gone.example/a'), at('https://gone.example/b')]);
    expect(merged.diagnostics.filter((d) => d.ruleId === 'link-check').map((d) => d.message + d.start)).toEqual([`Broken (404)${text.indexOf('https://gone.example/a')}`]);
    expect(merged.errorCount).toBe(report.errorCount + 1);
    expect(merged.suppressed!.map((d) => d.ruleId)).toEqual(['link-check']);
  });

  it('isSuppressed: the last range directive naming the rule before the line wins', () => {
    const d = (kind: Directive['kind'], line: number, rules: string[] = []): Directive => ({ kind, rules, line, endLine: line, start: 0, end: 0 });
    const set = [d('disable', 3), d('enable', 5, ['a']), d('disable', 7, ['a'])];
    expect([2, 3, 4, 5, 6, 7].map((line) => isSuppressed(set, 'a', line))).toEqual([false, true, true, false, false, true]);
    expect([2, 3, 6].map((line) => isSuppressed(set, 'b', line))).toEqual([false, true, true]);
  });
});

describe('the command line honours the directives', () => {
  it('--fix leaves a disabled finding alone; check exits 0 and lists it under suppressedMessages (ESLint\'s shape)', () => {
    const text = post('<!-- post-preflight-disable-next-line tracking-params -->', TRACKED(1), TRACKED(2));
    expect(fixPost(text).text).toBe(text.replace(TRACKED(2), TRACKED(2).replace('&utm_source=mail', '')));
    const dir = tempDir({ 'post.md': text });
    const run = runCli(['check', 'post.md', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    const [file] = JSON.parse(run.stdout) as [{ messages: { ruleId: string; line: number }[]; suppressedMessages: { ruleId: string; line: number; suppressions: unknown[] }[] }];
    expect(file.messages.filter((m) => m.ruleId === 'tracking-params').map((m) => m.line)).toEqual([FM.length + 3]);
    expect(file.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([['tracking-params', FM.length + 2, [{ kind: 'directive', justification: '' }]]]);
  });

  it('a site config may set "directive" like a rule (e.g. off)', () => {
    const dir = tempDir({ 'post.md': post('<!-- post-preflight-disable-next-line no-such-rule -->', 'Text.'), '.preflightrc.json': '{ "rules": { "directive": "off" } }' });
    const run = runCli(['check', 'post.md'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('no-such-rule');
    const plain = runCli(['check', 'post.md'], tempDir({ 'post.md': post('<!-- post-preflight-disable-next-line no-such-rule -->', 'Text.') }));
    expect(plain.stdout).toMatch(/warning +directive +There is no rule "no-such-rule"/);
  });
});
