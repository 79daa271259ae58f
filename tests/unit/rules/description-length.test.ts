import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/description-length';
import { lint } from './lint';

// Which descriptions are flagged: tests/fixtures/rules/description-length/.
const post = (d: string) => `---\ntitle: T\nseo:\n  description: ${JSON.stringify(d)}\n---\nBody`;
const good = 'A walk through the October newsletter: summit talks to stream, new members, the research survey, and the events coming up next.';

describe('description-length', () => {
  it('the fixtures’ good description is 120–156 characters', () => {
    expect(good.length).toBeGreaterThanOrEqual(120);
    expect(good.length).toBeLessThanOrEqual(156);
    expect(lint(rule, post(good)).diagnostics).toEqual([]);
  });

  it('says how short a description is, with the range to aim for', () => {
    const [d] = lint(rule, post('OpenInfra User Surveys')).diagnostics;
    expect(d!.message).toMatch(/^The description is only 22 characters; aim for 120–156\./);
    expect(d!.data).toMatchObject({ path: 'seo.description', length: 22 });
  });

  it('gives the range to aim for in characters of wide text’s own width (Japanese: about 55–70, not 120–156)', () => {
    const ja = '港の潮位表と出航時刻を、クラブのクルー向けにまとめて毎週お届けするニュースレターです。'.repeat(1);
    const [d] = lint(rule, post(ja)).diagnostics;
    expect(d!.message).toMatch(new RegExp(`^The description is only ${[...ja].length} characters; aim for (5\\d)–(6\\d|7\\d)\\.`));
    const [, lo, hi] = /aim for (\d+)–(\d+)/.exec(d!.message)!;
    // The range it gives fits: a text of the low count is no longer too short, one of the high count is not too wide.
    const fill = (n: number) => '潮'.repeat(n);
    expect(lint(rule, post(fill(Number(lo)))).diagnostics).toEqual([]);
    expect(lint(rule, post(fill(Number(hi)))).diagnostics).toEqual([]);
  });

  it('says how long and how wide a description over 156 characters is', () => {
    const long = `${good} And then a few more words to read.`;
    expect(long.length).toBeGreaterThan(156);
    const [d] = lint(rule, post(long)).diagnostics;
    expect(d!.message).toMatch(/^The description is \d+ characters \(aim for 120–156\) and about \d+ px wide/);
  });

  it('flags a description within 156 characters that is wider than 990 px, saying where it is cut', () => {
    const wide = 'WIDE MOMENTUM '.repeat(11).trim(); // 153 characters of wide capitals
    expect(wide.length).toBeLessThanOrEqual(156);
    const [d] = lint(rule, post(wide)).diagnostics;
    expect(d!.message).toMatch(/^The description is about \d+ px wide, more than the 990 px search results show\. Search results would cut it after “…(WIDE|MOMENTUM)/);
    expect(d!.message).not.toContain('characters (aim');
  });

  it('uses site limits and leaves missing or non-text descriptions to other rules', () => {
    expect(lint(rule, post('Short but fine here'), { schema: { descriptionMinLength: 10 } }).diagnostics).toEqual([]);
    expect(lint(rule, '---\ntitle: T\n---\n').diagnostics).toEqual([]);
    expect(lint(rule, '---\ndescription: ~\n---\n').diagnostics).toEqual([]);
  });
});
