import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/description-length';
import { pointed, runRule } from './run-rule';

const post = (d: string) => `---\ntitle: T\nseo:\n  description: ${JSON.stringify(d)}\n---\nBody`;
const good = 'A walk through the October newsletter: summit talks to stream, new members, the research survey, and the events coming up next.';

describe('description-length', () => {
  it('leaves a 120–156 character description that fits alone', () => {
    expect(good.length).toBeGreaterThanOrEqual(120);
    expect(good.length).toBeLessThanOrEqual(156);
    expect(runRule(rule, post(good))).toEqual([]);
  });

  it('flags a short description at its value, with the range to aim for', () => {
    const text = post('OpenInfra User Surveys');
    const [d] = runRule(rule, text);
    expect(pointed(text, d!)).toBe('"OpenInfra User Surveys"');
    expect(d!.message).toMatch(/^The description is only 22 characters; aim for 120–156\./);
    expect(d!.data).toMatchObject({ path: 'seo.description', length: 22 });
  });

  it('flags a description over 156 characters', () => {
    const long = `${good} And then a few more words to read.`;
    expect(long.length).toBeGreaterThan(156);
    const [d] = runRule(rule, post(long));
    expect(d!.message).toMatch(/^The description is \d+ characters \(aim for 120–156\) and about \d+ px wide/);
  });

  it('flags a description within 156 characters that is wider than 990 px, saying where it is cut', () => {
    const wide = 'WIDE MOMENTUM ' .repeat(11).trim(); // 153 characters of wide capitals
    expect(wide.length).toBeLessThanOrEqual(156);
    const [d] = runRule(rule, post(wide));
    expect(d!.message).toMatch(/^The description is about \d+ px wide, more than the 990 px search results show\. Search results would cut it after “…(WIDE|MOMENTUM)/);
    expect(d!.message).not.toContain('characters (aim');
  });

  it('uses site limits and leaves missing or non-text descriptions to other rules', () => {
    expect(runRule(rule, post('Short but fine here'), { schema: { descriptionMinLength: 10 } })).toEqual([]);
    expect(runRule(rule, '---\ntitle: T\n---\n')).toEqual([]);
    expect(runRule(rule, '---\ndescription: [a, b]\n---\n')).toEqual([]);
    expect(runRule(rule, '---\ndescription: ~\n---\n')).toEqual([]);
  });
});
