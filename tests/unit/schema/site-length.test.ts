import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { patternLength } from '../../../src/core/schema/site-length';

describe('the length a site asks of a field', () => {
  it('reads a pattern that only counts characters, and nothing else', () => {
    expect(patternLength('^.{50,160}$')).toEqual({ min: 50, max: 160 });
    expect(patternLength('^[\\s\\S]{0,120}$')).toEqual({ min: 0, max: 120 });
    expect(patternLength('^.{20,}$')).toEqual({ min: 20, max: Infinity });
    expect(patternLength('^.{12}$')).toEqual({ min: 12, max: 12 });
    // Unanchored, `.{50,160}` matches any longer text too: a minimum only.
    expect(patternLength('.{50,160}')).toEqual({ min: 50, max: Infinity });
    expect(patternLength('^.{50,160}')).toEqual({ min: 50, max: Infinity });
    expect(patternLength('^[a-z]{3,10}$')).toBeUndefined();
    expect(patternLength('^.{5,10}[.]$')).toBeUndefined();
  });

});

describe('one message for one problem: the site’s length rule and the snippet-length advice', () => {
  const post = (description: string, extra = '') => `---\ntitle: Winter regatta results\nseo:\n  description: "${description}"${extra}\n---\nThe results of the winter regatta.\n`;
  const rulesOf = (text: string, options: Parameters<typeof analyze>[1] = {}) => analyze(text, { suggestions: false, preview: false, ...options }).diagnostics.map((d) => d.ruleId).filter((id) => ['field-constraints', 'title-length', 'description-length'].includes(id));
  const decap = { schema: { fields: [{ path: 'seo.description', pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters.' }] } };

  it('drops the advice where field-constraints reports the length (Decap’s pattern, a maxLength on the title)', () => {
    expect(rulesOf(post('Short news.'), decap)).toEqual(['field-constraints']);
    const long = `---\ntitle: "${'A very long title about the winter regatta on the river '.repeat(2)}"\n---\nText.\n`;
    expect(rulesOf(long, { schema: { fields: [{ path: 'title', maxLength: 80 }] } })).toEqual(['field-constraints']);
    expect(rulesOf(long)).toContain('title-length');
  });

  it('keeps it where the site’s rule says nothing about the length: its rule off or turned off on the line, a pattern that can’t run, another kind of pattern', () => {
    expect(rulesOf(post('Short news.'), { ...decap, rules: { 'field-constraints': 'off' } })).toEqual(['description-length']);
    const disabled = post('Short news.', ' # post-preflight-disable-line field-constraints');
    expect(rulesOf(disabled, decap)).toEqual(['description-length']);
    // RE2 repeats stop at 1000: the schema is reported as broken, and the advice stays.
    expect(rulesOf(post('Short news.'), { schema: { fields: [{ path: 'seo.description', pattern: '^.{50,2000}$' }] } })).toEqual(['field-constraints', 'description-length']);
    expect(rulesOf(post('short news.'), { schema: { fields: [{ path: 'seo.description', pattern: '^[A-Z]' }] } })).toEqual(['field-constraints', 'description-length']);
  });
});
