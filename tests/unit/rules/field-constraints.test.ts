import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/field-constraints';
import type { FieldSchema } from '../../../src/core/schema/types';
import { lint } from './lint';

// Which values are flagged, at which range: tests/fixtures/rules/field-constraints/.
const run = (text: string, fields: FieldSchema[]) => lint(rule, text, { schema: { fields } }).diagnostics;

describe('field-constraints', () => {
  it('says how far a text is from its length limits', () => {
    const fields = [{ path: 'slug', minLength: 3, maxLength: 5 }];
    expect(run('---\nslug: ab\n---\n', fields)[0]!.message).toBe('`slug` is 2 characters long; the site needs at least 3. Add to it.');
    expect(run('---\nslug: "abcdefg"\n---\n', fields)[0]!.message).toContain('Shorten it by 2');
  });

  it('words number limits and list item counts', () => {
    const fields = [{ path: 'weight', min: 1, max: 10 }, { path: 'tags', min: 1, max: 2 }];
    expect(run('---\nweight: 11\ntags: [a, b, c]\n---\n', fields).map((d) => d.message)).toEqual([
      '`weight` is 11; the largest value the site allows is 10.',
      '`tags` has 3 items; the site allows at most 2. Remove 1.',
    ]);
    expect(run('---\nweight: 0\n---\n', fields)[0]!.message).toContain('smallest value the site allows is 1');
  });

  it('uses the site’s own pattern message, or names the pattern', () => {
    const fields = [{ path: 'slug', pattern: '^[a-z0-9-]+$', patternMessage: 'Use lowercase letters, digits and dashes.' }, { path: 'tags', pattern: '^[a-z]+$' }];
    expect(run('---\nslug: My Post\ntags:\n  - ok\n  - Not OK\n---\n', fields).map((d) => d.message)).toEqual([
      'Use lowercase letters, digits and dashes.',
      '`tags`: the text “Not OK” doesn’t have the form the site expects (pattern ^[a-z]+$).',
    ]);
  });

  it('lists the allowed values', () => {
    const [d] = run('---\ncategory: Newz\n---\n', [{ path: 'category', enum: ['news', 'events'] }]);
    expect(d!.message).toBe('`category`: the text “Newz” is not one of the allowed values: news, events.');
  });

  it('reports a broken schema regex once, as a schema problem', () => {
    const found = run('---\nslug: anything\n---\n', [{ path: 'slug', pattern: '([a-z' }]);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/site schema’s pattern for `slug` is not a valid regular expression/);
  });
});
