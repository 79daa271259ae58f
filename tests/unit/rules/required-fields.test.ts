import { describe, expect, it } from 'vitest';
import rule, { fieldSyntax } from '../../../src/core/rules/required-fields';
import { lint } from './lint';

// Which fields are reported where: tests/fixtures/rules/required-fields/.
describe('required-fields', () => {
  it('names each missing default field and where else it may live', () => {
    const found = lint(rule, '---\nauthor: Me\n---\nBody').diagnostics;
    expect(found.map((d) => d.data!.path)).toEqual(['title', 'description', 'date']);
    expect(found[0]!.message).toBe('This post has no title: add a `title:` field (or `seo.title`) to the frontmatter.');
    expect(found[1]!.message).toBe('This post has no description: add a `description:` field (or `seo.description` or `summary` or `excerpt`) to the frontmatter.');
  });

  it('says a field present but empty is empty', () => {
    expect(lint(rule, '---\ntitle: ""\ndate: 2025-11-05\ndescription: D\n---\n').diagnostics[0]!.message).toMatch(/`title` is empty/);
  });

  it('handles a missing or non-map parent of a nested path', () => {
    const schema = { descriptionPath: ['seo.description'] };
    expect(lint(rule, '---\ntitle: T\ndate: 2025-01-01\n---\n', { schema }).diagnostics[0]!.data!.path).toBe('seo.description');
    expect(lint(rule, '---\ntitle: T\ndate: 2025-01-01\nseo: [a, b]\n---\n', { schema }).diagnostics).toHaveLength(1);
  });

  it('names a site’s own required field by its label', () => {
    const schema = { fields: [{ path: 'description', required: false }, { path: 'date', required: false }, { path: 'author', required: true, label: 'Author' }] };
    expect(lint(rule, '---\ntitle: T\n---\n', { schema }).diagnostics[0]!.message).toContain('“Author” (author)');
  });

  it('words its advice in the frontmatter’s own language: YAML, TOML or JSON', () => {
    const toml = lint(rule, '+++\nauthor = "Me"\n+++\nBody').diagnostics;
    expect(toml[0]!.message).toBe('This post has no title: add a `title = …` field (or `seo.title`) to the frontmatter.');
    const json = lint(rule, '{\n"title": "",\n"date": "2025-01-01",\n"description": "D"\n}\nBody').diagnostics;
    expect(json[0]!.message).toBe('`title` is empty: this post needs a title. Write it after `"title": …`.');
    const nested = lint(rule, '---\ntitle: T\ndate: 2025-01-01\n---\n', { schema: { descriptionPath: ['seo.description'] } }).diagnostics;
    expect(nested[0]!.message).toContain('add a `seo: { description: }` field');
  });

  it('writes a nested path as valid syntax in each language', () => {
    expect(fieldSyntax(undefined, 'date')).toBe('date:');
    expect(fieldSyntax('yaml', 'seo.meta.description')).toBe('seo: { meta: { description: } }');
    expect(fieldSyntax('toml', 'seo.description')).toBe('seo.description = …');
    expect(fieldSyntax('json', 'seo.description')).toBe('"seo": { "description": … }');
  });
});
