import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits, SetFieldError } from '../../../src/core/frontmatter/set-field';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { getPath } from '../../../src/core/parse/fields';

/** Applies setFieldEdits and checks the result reads back as `value` at `path`. */
function set(text: string, path: string, value: string): string {
  const out = applyEdits(text, setFieldEdits(text, path, value));
  const fm = parseFrontmatter(out);
  expect(fm.errors).toEqual([]);
  expect(getPath(fm.data, path)).toBe(value);
  return out;
}

function refusal(text: string, path: string, value = 'x'): SetFieldError {
  try {
    setFieldEdits(text, path, value);
  } catch (e) {
    expect(e).toBeInstanceOf(SetFieldError);
    return e as SetFieldError;
  }
  throw new Error('expected a SetFieldError');
}

describe('setFieldEdits: replacing an existing value', () => {
  it('replaces only the value bytes and keeps the trailing comment and other lines', () => {
    const text = '---\ntitle: Hello # keep me\ndescription: old one   # and me\ntags: [a, b]\n---\nBody\n';
    expect(set(text, 'description', 'A new description')).toBe('---\ntitle: Hello # keep me\ndescription: A new description   # and me\ntags: [a, b]\n---\nBody\n');
    const edits = setFieldEdits(text, 'description', 'A new description');
    expect(edits).toHaveLength(1);
    expect(text.slice(edits[0]!.start, edits[0]!.end)).toBe('old one');
  });

  it('keeps double and single quoting when the value fits the style', () => {
    expect(set('---\ndescription: "old"\n---\n', 'description', 'Say "hi": now')).toBe('---\ndescription: "Say \\"hi\\": now"\n---\n');
    expect(set("---\ndescription: 'old'\n---\n", 'description', "It's: fine")).toBe("---\ndescription: 'It''s: fine'\n---\n");
  });

  it('leaves the single-quoted style for double quotes when the value has a line break', () => {
    expect(set("---\nd: 'old'\n---\n", 'd', 'two\nlines')).toBe('---\nd: "two\\nlines"\n---\n');
  });

  it('quotes a plain value only when the new one would not read back as the same string', () => {
    expect(set('---\nd: old\n---\n', 'd', 'plain words')).toBe('---\nd: plain words\n---\n');
    expect(set('---\nd: old\n---\n', 'd', 'key: value')).toBe('---\nd: "key: value"\n---\n');
    expect(set('---\nd: old\n---\n', 'd', 'yes')).toBe('---\nd: "yes"\n---\n');
    expect(set('---\nd: old\n---\n', 'd', '2025-01-01')).toBe('---\nd: "2025-01-01"\n---\n');
    expect(set('---\nd: old\n---\n', 'd', '@handle')).toBe('---\nd: "@handle"\n---\n');
    expect(set('---\nd: old\n---\n', 'd', '')).toBe('---\nd: ""\n---\n');
  });

  it('replaces block scalars whole and keeps the line after them', () => {
    const text = '---\ndescription: >-\n  folded\n  text\n\nnext: 1\n---\n';
    expect(set(text, 'description', 'short')).toBe('---\ndescription: short\n\nnext: 1\n---\n');
    const lit = '---\nd: |\n  a\n  b\ne: 2\n---\n';
    expect(set(lit, 'd', 'x')).toBe('---\nd: x\ne: 2\n---\n');
  });

  it('replaces flow and block collections whole', () => {
    expect(set('---\nd: [a, b]\ne: 1\n---\n', 'd', 'x')).toBe('---\nd: x\ne: 1\n---\n');
    expect(set('---\nd:\n  - a\n  - b\ne: 1\n---\n', 'd', 'x')).toBe('---\nd: x\ne: 1\n---\n');
  });

  it('fills an empty value after the colon, before a comment', () => {
    expect(set('---\nd:\ne: 1\n---\n', 'd', 'x')).toBe('---\nd: x\ne: 1\n---\n');
    expect(set('---\nd:   # later\n---\n', 'd', 'x')).toBe('---\nd: x   # later\n---\n');
  });

  it('keeps anchors and replaces aliases', () => {
    expect(set('---\na: &x one\nb: *x\n---\n', 'b', 'two')).toBe('---\na: &x one\nb: two\n---\n');
  });
});

describe('setFieldEdits: adding a field', () => {
  it('adds a missing key after the last key of its map, at its indentation', () => {
    const text = '---\ntitle: T\nseo:\n    title: S # c\n# trailing comment\nother: 1\n---\n';
    expect(set(text, 'seo.description', 'D')).toBe('---\ntitle: T\nseo:\n    title: S # c\n    description: D\n# trailing comment\nother: 1\n---\n');
    expect(set('---\ntitle: T\n---\nBody', 'description', 'D')).toBe('---\ntitle: T\ndescription: D\n---\nBody');
  });

  it('creates missing parent maps with the document’s indentation step', () => {
    expect(set('---\ntitle: T\n---\n', 'seo.description', 'D')).toBe('---\ntitle: T\nseo:\n  description: D\n---\n');
    expect(set('---\na:\n    b: 1\n---\n', 'seo.og.title', 'D')).toBe('---\na:\n    b: 1\nseo:\n    og:\n        title: D\n---\n');
  });

  it('writes under an empty parent key', () => {
    expect(set('---\nseo:\ntitle: T\n---\n', 'seo.description', 'D')).toBe('---\nseo:\n  description: D\ntitle: T\n---\n');
    expect(set('---\nseo: ~\n---\n', 'seo.description', 'D')).toBe('---\nseo: {description: D}\n---\n');
  });

  it('inserts into flow maps, quoting what flow syntax needs', () => {
    expect(set('---\nseo: {title: x}\n---\n', 'seo.description', 'D')).toBe('---\nseo: {title: x, description: D}\n---\n');
    expect(set('---\nseo: { title: x }\n---\n', 'seo.description', 'a, b')).toBe('---\nseo: { title: x, description: "a, b" }\n---\n');
    expect(set('---\nseo: {}\n---\n', 'seo.description', 'D')).toBe('---\nseo: {description: D}\n---\n');
    expect(set('---\nseo: {title: x}\n---\n', 'seo.title', 'a:b')).toBe('---\nseo: {title: "a:b"}\n---\n');
    expect(set('---\nseo: {title: x}\n---\n', 'seo.og.title', 'D')).toBe('---\nseo: {title: x, og: {title: D}}\n---\n');
    expect(set('---\nseo: {\n  title: x, # note\n}\n---\n', 'seo.description', 'D')).toBe('---\nseo: {\n  title: x, description: D, # note\n}\n---\n');
    expect(set('---\nseo: {a: 1, }\n---\n', 'seo.description', 'D')).toBe('---\nseo: {a: 1, description: D, }\n---\n');
  });

  it('creates the frontmatter block when there is none, after a BOM, with the file’s line endings', () => {
    expect(set('# Post\r\nText\r\n', 'description', 'D')).toBe('---\r\ndescription: D\r\n---\r\n# Post\r\nText\r\n');
    expect(set('\ufeffBody', 'seo.description', 'D')).toBe('\ufeff---\nseo:\n  description: D\n---\nBody');
    expect(set('', 'title', 'T')).toBe('---\ntitle: T\n---\n');
  });

  it('adds to a frontmatter of only comments or nothing', () => {
    expect(set('---\n# just a note\n---\nBody', 'title', 'T')).toBe('---\n# just a note\ntitle: T\n---\nBody');
    expect(set('---\n---\nBody', 'title', 'T')).toBe('---\ntitle: T\n---\nBody');
  });

  it('keeps CRLF line endings in inserted lines', () => {
    const text = '---\r\ntitle: T\r\nseo:\r\n  title: S\r\n---\r\nBody\r\n';
    const out = set(text, 'seo.description', 'D');
    expect(out).toBe('---\r\ntitle: T\r\nseo:\r\n  title: S\r\n  description: D\r\n---\r\nBody\r\n');
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(set('---\r\nseo: # later\r\n---\r\n', 'seo.description', 'D')).toBe('---\r\nseo: # later\r\n  description: D\r\n---\r\n');
    expect(set(text, 'summary', 'S')).toBe('---\r\ntitle: T\r\nseo:\r\n  title: S\r\nsummary: S\r\n---\r\nBody\r\n');
  });

  it('adds a key to a nested map whose last value ends the map', () => {
    expect(set('---\nx: 1\nauthor:\n  name: A\n---\n', 'author.email', 'a@b.c')).toBe('---\nx: 1\nauthor:\n  name: A\n  email: a@b.c\n---\n');
  });
});

describe('setFieldEdits: list items', () => {
  it('rewrites an existing item or a field of a map inside a list, keeping the item’s quoting', () => {
    expect(set('---\ntags:\n  - one\n  - "two"\n---\n', 'tags.1', 'deux')).toBe('---\ntags:\n  - one\n  - "deux"\n---\n');
    expect(set('---\ntags: [a, b]\n---\n', 'tags.0', 'x, y')).toBe('---\ntags: ["x, y", b]\n---\n');
    expect(set('---\nauthors:\n  - name: A\n    twitter: x\n---\n', 'authors.0.twitter', '@a')).toBe('---\nauthors:\n  - name: A\n    twitter: "@a"\n---\n');
    expect(set('---\nauthors:\n  - name: A\n---\n', 'authors.0.email', 'a@b.c')).toBe('---\nauthors:\n  - name: A\n    email: a@b.c\n---\n');
    expect(set('---\nnotes:\n  - |\n    long\n  - b\n---\n', 'notes.0', 'short')).toBe('---\nnotes:\n  - short\n  - b\n---\n');
  });

  it('refuses to grow a list or write into a list item that is not a map', () => {
    expect(refusal('---\ntags: [a]\n---\n', 'tags.3').code).toBe('NOT_A_MAP');
    expect(refusal('---\ntags: [a]\n---\n', 'tags.0.x').code).toBe('NOT_A_MAP');
  });
});

describe('setFieldEdits: refusals', () => {
  it('refuses broken YAML, an unclosed fence and duplicate keys', () => {
    expect(refusal('---\ntitle: [a\n---\n', 'title').code).toBe('BROKEN_YAML');
    expect(refusal('---\ntitle: a\nbody', 'title').code).toBe('UNCLOSED_FENCE');
    expect(refusal('---\ntitle: a\ntitle: b\n---\n', 'title').code).toBe('BROKEN_YAML');
  });

  it('refuses a parent that is not a map, naming it', () => {
    const e = refusal('---\nseo: just text\n---\n', 'seo.description');
    expect(e.code).toBe('NOT_A_MAP');
    expect(e.message).toContain('`seo`');
    expect(refusal('---\nseo: [a]\n---\n', 'seo.description').code).toBe('NOT_A_MAP');
    expect(refusal('---\n- a\n- b\n---\n', 'title').code).toBe('NOT_A_MAP');
  });

  it('refuses empty path parts', () => {
    expect(refusal('---\n---\n', 'seo..description').code).toBe('BAD_PATH');
    expect(refusal('---\n---\n', '').code).toBe('BAD_PATH');
  });
});
