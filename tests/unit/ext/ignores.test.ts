import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyIgnores, findingKey, ignoreFinding, ignoreRule, postKey, restoreFinding, restoreRule } from '../../../src/panel/ignores';
import { normalizeIgnores, NO_IGNORES } from '../../../src/protocol/ignores';
import { chromePromptLine, firefoxPromptLine } from '../../../src/platform/permission-prompt-words';

const NEWSLETTER = readFileSync(join(import.meta.dirname, '../../fixtures/posts/newsletter-messy.md'), 'utf8');

describe('post identity', () => {
  it('is the editor page address, keeping app routes (Decap) and the query, dropping in-page anchors', () => {
    expect(postKey('http://localhost:8080/admin/#/collections/blog/entries/my-post')).toBe('http://localhost:8080/admin/#/collections/blog/entries/my-post');
    expect(postKey('http://localhost:8080/admin/#/collections/blog/entries/other')).not.toBe(postKey('http://localhost:8080/admin/#/collections/blog/entries/my-post'));
    expect(postKey('https://cms.example/wp-admin/post.php?post=12&action=edit#titlediv')).toBe('https://cms.example/wp-admin/post.php?post=12&action=edit');
    expect(postKey('not a url')).toBe('not a url');
  });
});

describe('ignoring findings', () => {
  const report = analyze(NEWSLETTER);
  const tracking = report.diagnostics.filter((d) => d.ruleId === 'tracking-params');

  it('an ignored finding is left out and the counts are redone; restoring brings it back', () => {
    const one = ignoreFinding(NO_IGNORES, tracking[0]!, NEWSLETTER);
    const { report: shown, ignored } = applyIgnores(report, one, NEWSLETTER);
    expect(ignored).toEqual([tracking[0]]);
    expect(shown.diagnostics).toHaveLength(report.diagnostics.length - 1);
    expect(shown.errorCount + shown.warningCount + shown.infoCount).toBe(shown.diagnostics.length);
    expect(one.findings[0]!.label).toContain('tracking parameter');
    expect(applyIgnores(report, restoreFinding(one, one.findings[0]!.key), NEWSLETTER).ignored).toEqual([]);
  });

  it('stays ignored while the author types elsewhere (identity is rule + text, not offsets)', () => {
    const one = ignoreFinding(NO_IGNORES, tracking[1]!, NEWSLETTER);
    const bodyStart = NEWSLETTER.indexOf('\n---', 4) + 5;
    const typed = `${NEWSLETTER.slice(0, bodyStart)}A new opening paragraph, typed after the ignore.\n\n${NEWSLETTER.slice(bodyStart)}`;
    const again = analyze(typed);
    const { ignored } = applyIgnores(again, one, typed);
    expect(ignored.map((d) => typed.slice(d.start, d.end))).toEqual([NEWSLETTER.slice(tracking[1]!.start, tracking[1]!.end)]);
    expect(ignored[0]!.start).toBeGreaterThan(tracking[1]!.start);
  });

  it('a whole rule can be ignored and restored', () => {
    const rule = ignoreRule(NO_IGNORES, 'tracking-params');
    expect(applyIgnores(report, rule, NEWSLETTER).ignored).toHaveLength(tracking.length);
    expect(applyIgnores(report, restoreRule(rule, 'tracking-params'), NEWSLETTER).ignored).toEqual([]);
  });

  it('a finding about no text (a missing field) is identified by its message', () => {
    const d = { ruleId: 'required-fields', start: 0, end: 0, message: 'The post has no title.' };
    expect(findingKey(d, 'anything')).toBe(findingKey(d, 'something else entirely'));
    expect(findingKey({ ...d, message: 'The post has no date.' }, 'x')).not.toBe(findingKey(d, 'x'));
  });

  it('what storage returns is checked, never trusted', () => {
    expect(normalizeIgnores(undefined)).toEqual(NO_IGNORES);
    expect(normalizeIgnores({ rules: ['a', 'a', 3], findings: [{ key: 'k', ruleId: 'r', label: 'l' }, { key: 1 }, null] })).toEqual({ rules: ['a'], findings: [{ key: 'k', ruleId: 'r', label: 'l' }] });
  });
});

describe('the browser\'s permission prompt, in its own words', () => {
  it('Chromium names up to three sites, then "a number of websites"', () => {
    expect(chromePromptLine(['a.example'])).toBe('Read and change your data on a.example');
    expect(chromePromptLine(['a.example', 'b.example'])).toBe('Read and change your data on a.example and b.example');
    expect(chromePromptLine(['a.example', 'b.example', 'c.example'])).toBe('Read and change your data on a.example, b.example, and c.example');
    expect(chromePromptLine(['a', 'b', 'c', 'd'])).toBe('Read and change your data on a number of websites');
  });

  it('Firefox counts the domains (its optional-permission prompt lists them on request)', () => {
    expect(firefoxPromptLine(['a.example'])).toBe('Access your data for sites in a.example domains');
    expect(firefoxPromptLine(['a.example', 'b.example', 'c.example'])).toBe('Access your data for sites in 3 domains');
  });
});
