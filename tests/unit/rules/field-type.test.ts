import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fix';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import rule from '../../../src/core/rules/field-type';
import type { FieldSchema } from '../../../src/core/schema/types';
import { pointed, runRule } from './run-rule';

const fields: FieldSchema[] = [
  { path: 'title', type: 'string' },
  { path: 'date', type: 'date' },
  { path: 'draft', type: 'boolean' },
  { path: 'weight', type: 'number' },
  { path: 'tags', type: 'list' },
  { path: 'seo', type: 'object' },
  { path: 'seo.url', type: 'url' },
  { path: 'image', type: 'image' },
  { path: 'body', type: 'text' },
];
const schema = { fields };

describe('field-type', () => {
  it('leaves values of the right type alone', () => {
    const text = '---\ntitle: Hi\ndate: 2025-01-01\ndraft: false\nweight: 3\ntags: [a]\nseo:\n  url: https://x.test/\nimage: /img/a.png\nbody: |\n  text\n---\n';
    expect(runRule(rule, text, { schema })).toEqual([]);
  });

  it('ignores missing and empty fields (required-fields reports those)', () => {
    expect(runRule(rule, '---\ntitle:\ntags: []\n---\n', { schema })).toEqual([]);
  });

  it('reports each mismatch at the value with what was expected', () => {
    const text = '---\ntitle: [a, b]\ndate: 20250101\ndraft: "yes"\nweight: heavy\ntags: one\nseo: text\nimage:\n  src: a.png\n---\n';
    const found = runRule(rule, text, { schema });
    expect(found.map((d) => [d.data!.path, pointed(text, d)])).toEqual([
      ['title', '[a, b]'],
      ['date', '20250101'],
      ['draft', '"yes"'],
      ['weight', 'heavy'],
      ['tags', 'one'],
      ['seo', 'text'],
      ['image', 'src: a.png'],
    ]);
    expect(found[2]!.message).toBe('`draft` should be true or false, but it is the text “yes”.');
    expect(found[2]!.fix).toBeUndefined();
  });

  it('offers to quote a bare number or boolean meant as text, changing only that value', () => {
    const text = '---\ntitle: 2025 # year\ndate: 2025-01-01\n---\n';
    const [d] = runRule(rule, text, { schema });
    expect(d!.message).toContain('Put 2025 in quotes');
    const fixed = applyFixes(text, [d!.fix!]).text;
    expect(fixed).toBe('---\ntitle: "2025" # year\ndate: 2025-01-01\n---\n');
    expect(parseFrontmatter(fixed).data.title).toBe('2025');
    expect(runRule(rule, fixed, { schema })).toEqual([]);
  });

  it('offers to unquote "true" for a boolean and "3" for a number', () => {
    const text = "---\ndraft: 'True'\nweight: \"3\"\n---\n";
    const found = runRule(rule, text, { schema });
    const fixed = applyFixes(text, found.map((d) => d.fix!)).text;
    expect(fixed).toBe('---\ndraft: true\nweight: 3\n---\n');
  });

  it('uses the schema label and survives odd YAML', () => {
    const labelled = { fields: [{ path: 'title', type: 'string' as const, label: 'Title' }] };
    expect(runRule(rule, '---\ntitle: true\n---\n', { schema: labelled })[0]!.message).toMatch(/^“Title” \(title\)/);
    expect(runRule(rule, '---\na: &x [1]\ntitle: *x\n---\n', { schema })[0]!.data!.path).toBe('title');
    expect(runRule(rule, '---\n[1, 2]\n---\n', { schema })).toEqual([]);
  });
});
