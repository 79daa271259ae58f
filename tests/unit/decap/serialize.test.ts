import { describe, expect, it } from 'vitest';
import { serializeEntry } from '../../../src/core/decap/serialize';
import { parsePost } from '../../../src/core/parse/post';
import { DATA, FIELDS } from './fixture';

describe('serializeEntry', () => {
  it('writes the fields in the collection order, then the body as stored', () => {
    const { text, bodyStart } = serializeEntry(FIELDS, DATA);
    const keys = text.slice(0, bodyStart).split('\n').filter((l) => /^\w/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'date', 'seo', 'hidePost', 'tags', 'authors', 'rating', 'kind', 'internal']);
    expect(text.slice(bodyStart)).toBe(DATA.body);
    expect(text.startsWith('---\n')).toBe(true);
    expect(text.slice(bodyStart - 4, bodyStart)).toBe('---\n');
  });

  it('round-trips through the core parser: same data, same body', () => {
    const { text } = serializeEntry(FIELDS, DATA);
    const post = parsePost(text);
    expect(post.frontmatter.errors).toEqual([]);
    const { body, ...fields } = DATA;
    expect(post.frontmatter.data).toEqual(fields);
    expect(post.body.text).toBe(body);
    expect(post.links[0]?.url).toBe('https://example.org/?utm_source=x&a=1');
  });

  it('keeps strings that look like other types as strings (quoted)', () => {
    const data = { title: 'true', tags: ['12', 'null'], seo: { title: '2026-01-01', description: 'a: b # c' } };
    const post = parsePost(serializeEntry(FIELDS, data).text);
    expect(post.frontmatter.data).toEqual(data);
  });

  it('is deterministic: the same draft always reads the same, whatever the key order', () => {
    const shuffled = Object.fromEntries(Object.entries(DATA).reverse());
    expect(serializeEntry(FIELDS, shuffled).text).toBe(serializeEntry(FIELDS, DATA).text);
  });

  it('ends a body stored without a final newline with one, as Decap saves it', () => {
    expect(serializeEntry(FIELDS, { title: 'T', body: 'Last line.' }).text).toBe('---\ntitle: T\n---\nLast line.\n');
    expect(serializeEntry(FIELDS, { title: 'T', body: '' }).text).toBe('---\ntitle: T\n---\n');
  });

  it('puts keys the config does not list after the known ones', () => {
    const { text } = serializeEntry(FIELDS, { extra: 'x', title: 'T' });
    expect(text).toBe('---\ntitle: T\nextra: x\n---\n');
  });

  it('writes an empty frontmatter block for an entry without fields', () => {
    const s = serializeEntry(FIELDS, { body: 'Just text.\n' });
    expect(s.text).toBe('---\n---\nJust text.\n');
    expect(parsePost(s.text).body.text).toBe('Just text.\n');
  });

  it('maps each field, nested ones included, to its range in the text', () => {
    const { text, spans } = serializeEntry(FIELDS, DATA);
    const span = (p: string) => spans.find((s) => s.path === p)!;
    expect(text.slice(span('seo.description').start, span('seo.description').end)).toBe('  description: Too short.');
    expect(text.slice(span('title').start, span('title').end)).toBe(`title: 'Pond: a "winter" update'`);
    expect(text.slice(span('seo').start, span('seo').end)).toBe('seo:\n  title: Pond news\n  description: Too short.\n');
    expect(text.slice(span('tags').start, span('tags').end)).toMatch(/^tags:\n {2}- pond\n {2}- "2026"\n$/);
  });
});
