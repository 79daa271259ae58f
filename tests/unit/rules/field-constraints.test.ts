import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/field-constraints';
import type { FieldSchema } from '../../../src/core/schema/types';
import { pointed, runRule } from './run-rule';

const run = (text: string, fields: FieldSchema[]) => runRule(rule, text, { schema: { fields } });

describe('field-constraints', () => {
  it('checks text length in characters, counting an emoji once', () => {
    const fields = [{ path: 'slug', minLength: 3, maxLength: 5 }];
    expect(run('---\nslug: abcd\n---\n', fields)).toEqual([]);
    expect(run('---\nslug: 😀😀😀\n---\n', fields)).toEqual([]);
    const [short] = run('---\nslug: ab\n---\n', fields);
    expect(short!.message).toBe('`slug` is 2 characters long; the site needs at least 3. Add to it.');
    const text = '---\nslug: "abcdefg"\n---\n';
    const [long] = run(text, fields);
    expect(pointed(text, long!)).toBe('"abcdefg"');
    expect(long!.message).toContain('Shorten it by 2');
  });

  it('checks number limits and list item counts', () => {
    const fields = [{ path: 'weight', min: 1, max: 10 }, { path: 'tags', min: 1, max: 2 }];
    expect(run('---\nweight: 5\ntags: [a, b]\n---\n', fields)).toEqual([]);
    const found = run('---\nweight: 11\ntags: [a, b, c]\n---\n', fields);
    expect(found.map((d) => d.message)).toEqual([
      '`weight` is 11; the largest value the site allows is 10.',
      '`tags` has 3 items; the site allows at most 2. Remove 1.',
    ]);
    expect(run('---\nweight: 0\n---\n', fields)[0]!.message).toContain('smallest value the site allows is 1');
    // A block list is highlighted from its first dash to the end of its last item, not into the next line.
    const block = '---\ntags:\n  - a\n  - b\n  - c\nweight: 1\n---\n';
    expect(pointed(block, run(block, fields)[0]!)).toBe('- a\n  - b\n  - c');
  });

  it('checks patterns with the site’s own message, on each list item', () => {
    const fields = [{ path: 'slug', pattern: '^[a-z0-9-]+$', patternMessage: 'Use lowercase letters, digits and dashes.' }, { path: 'tags', pattern: '^[a-z]+$' }];
    expect(run('---\nslug: my-post-2\ntags: [ok, fine]\n---\n', fields)).toEqual([]);
    const text = '---\nslug: My Post\ntags:\n  - ok\n  - Not OK\n---\n';
    const found = run(text, fields);
    expect(found.map((d) => [d.message, pointed(text, d)])).toEqual([
      ['Use lowercase letters, digits and dashes.', 'My Post'],
      ['`tags`: the text “Not OK” doesn’t have the form the site expects (pattern ^[a-z]+$).', 'Not OK'],
    ]);
  });

  it('checks allowed values for scalars and list items', () => {
    const fields = [{ path: 'category', enum: ['news', 'events'] }, { path: 'level', enum: [1, 2] }, { path: 'tags', enum: ['a', 'b'] }];
    expect(run('---\ncategory: news\nlevel: 2\ntags: [a, b]\n---\n', fields)).toEqual([]);
    const text = '---\ncategory: Newz\nlevel: 3\ntags: [a, c]\n---\n';
    const found = run(text, fields);
    expect(found.map((d) => pointed(text, d))).toEqual(['Newz', '3', 'c']);
    expect(found[0]!.message).toBe('`category`: the text “Newz” is not one of the allowed values: news, events.');
  });

  it('reports a broken schema regex once, as a schema problem, and never throws', () => {
    const fields = [{ path: 'slug', pattern: '([a-z' }];
    const text = '---\nslug: anything\n---\n';
    const found = run(text, fields);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/site schema’s pattern for `slug` is not a valid regular expression/);
    expect(found[0]!.severity).toBe('warning');
    expect(pointed(text, found[0]!)).toBe('---');
  });

  it('leaves missing, empty and oddly shaped values alone', () => {
    const fields = [{ path: 'slug', minLength: 3, pattern: '^x' }, { path: 'seo.title', maxLength: 2 }];
    expect(run('---\nother: 1\nslug:\nseo: [1]\n---\n', fields)).toEqual([]);
    expect(run('---\nslug: {a: 1}\n---\n', fields)).toEqual([]);
  });
});
