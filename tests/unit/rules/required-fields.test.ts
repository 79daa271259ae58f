import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/required-fields';
import { pointed, runRule } from './run-rule';

const complete = '---\ntitle: A post\ndate: 2025-11-05\ndescription: What the post is about.\n---\nBody\n';

describe('required-fields', () => {
  it('leaves a post with title, date and description alone', () => {
    expect(runRule(rule, complete)).toEqual([]);
  });

  it('accepts the description and title at any configured path, nested too', () => {
    const text = '---\nseo:\n  title: A post\n  description: About it.\ndate: 2025-11-05\n---\n';
    expect(runRule(rule, text)).toEqual([]);
  });

  it('reports each missing default field at the opening fence', () => {
    const text = '---\nauthor: Me\n---\nBody';
    const found = runRule(rule, text);
    expect(found.map((d) => d.data!.path)).toEqual(['title', 'description', 'date']);
    for (const d of found) {
      expect(pointed(text, d)).toBe('---');
      expect(d.severity).toBe('error');
      expect(d.line).toBe(1);
    }
    expect(found[0]!.message).toBe('This post has no title: add a `title:` field (or `seo.title`) to the frontmatter.');
    expect(found[1]!.message).toBe('This post has no description: add a `description:` field (or `seo.description` or `summary` or `excerpt`) to the frontmatter.');
  });

  it('points at the key when a field is present but empty', () => {
    const text = '---\ntitle: ""\ndate: 2025-11-05\ndescription:\ntags: []\n---\n';
    const found = runRule(rule, text, { schema: { fields: [{ path: 'tags', required: true }] } });
    expect(found.map((d) => pointed(text, d))).toEqual(['title', 'description', 'tags']);
    expect(found[0]!.message).toMatch(/`title` is empty/);
  });

  it('handles a missing or non-map parent of a nested path', () => {
    const schema = { descriptionPath: ['seo.description'] };
    expect(runRule(rule, '---\ntitle: T\ndate: 2025-01-01\n---\n', { schema })[0]!.data!.path).toBe('seo.description');
    expect(runRule(rule, '---\ntitle: T\ndate: 2025-01-01\nseo: just text\n---\n', { schema })).toHaveLength(1);
    expect(runRule(rule, '---\ntitle: T\ndate: 2025-01-01\nseo: [a, b]\n---\n', { schema })).toHaveLength(1);
  });

  it('lets a site make a default optional and require its own fields', () => {
    const schema = { fields: [{ path: 'description', required: false }, { path: 'date', required: false }, { path: 'author', required: true, label: 'Author' }] };
    const found = runRule(rule, '---\ntitle: T\n---\n', { schema });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('“Author” (author)');
  });

  it('accepts numbers and dates as filled values and stays quiet on broken or absent frontmatter', () => {
    expect(runRule(rule, '---\ntitle: 2025\ndate: 2025-01-01\ndescription: 42\n---\n')).toEqual([]);
    expect(runRule(rule, 'No frontmatter at all')).toEqual([]);
    expect(runRule(rule, '---\ntitle: [oops\n---\n')).toEqual([]);
    expect(runRule(rule, '---\n- a list\n---\n')).toEqual([]);
  });
});
