import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { duplicateKeyMessage } from '../../../src/core/parse/duplicate-keys';
import { frontmatterErrorMessage } from '../../../src/core/frontmatter/error-message';
import { t } from '../../../src/i18n';
import '../../../src/i18n/all-catalogs';

const duplicates = (text: string) => parseFrontmatter(text).errors.filter((e) => e.code === 'DUPLICATE_KEY');

/** A CI log shows the message and a line number: the message names the key, nested ones by their path. */
describe('duplicate frontmatter keys are named', () => {
  it('a top-level key, at the second occurrence', () => {
    const text = '---\ntitle: a\ndate: 2025-01-01\ntitle: b\n---\nBody\n';
    const [dup, ...more] = duplicates(text);
    expect(more).toEqual([]);
    expect(dup!.message).toBe('The key “title” appears twice in the frontmatter; only one value can be kept. Remove or rename one of them.');
    expect(text.slice(dup!.start, dup!.start + 5)).toBe('title');
    expect(text.indexOf('title: b')).toBe(dup!.start);
  });

  it('a nested key by its dotted path, quoted keys by their value, each duplicate once', () => {
    const text = '---\nseo:\n  title: a\n  "title": b\nauthor:\n  name: x\n  name: y\n---\n';
    expect(duplicates(text).map((e) => e.key)).toEqual(['seo.title', 'author.name']);
  });

  it('a key inside a list item names the list', () => {
    expect(duplicates('---\nlinks:\n  - url: a\n    url: b\n---\n').map((e) => e.key)).toEqual(['links.url']);
  });

  it('JSON frontmatter too', () => {
    expect(duplicates('{\n  "title": "a",\n  "title": "b"\n}\nBody\n').map((e) => e.message)).toEqual([duplicateKeyMessage('title')]);
  });

  it('a very long or multi-line key is shortened to one line', () => {
    const key = 'k'.repeat(200);
    const [dup] = duplicates(`---\n${key}: 1\n${key}: 2\n---\n`);
    expect(dup!.key).toBe(`${'k'.repeat(79)}…`);
  });

  it('in the other languages, with the same name', () => {
    const [dup] = duplicates('---\nseo:\n  title: a\n  title: b\n---\n');
    expect(frontmatterErrorMessage(dup!, 'de')).toBe('Der Schlüssel „seo.title“ kommt im Frontmatter zweimal vor; nur ein Wert kann bleiben. Entfernen oder benennen Sie einen davon um.');
    expect(frontmatterErrorMessage(dup!, 'ja')).toContain('「seo.title」');
    // The English sentence the parser writes is the catalog's.
    expect(dup!.message).toBe(t('en', 'fmDuplicateKeyNamed', { key: 'seo.title' }));
  });

  it('other errors keep their place in document order', () => {
    const errors = parseFrontmatter('---\ntitle: a\ntitle: b\ntags: [one, two\n---\n').errors;
    expect(errors.map((e) => e.start)).toEqual([...errors.map((e) => e.start)].sort((a, b) => a - b));
    expect(errors[0]!.code).toBe('DUPLICATE_KEY');
  });
});
