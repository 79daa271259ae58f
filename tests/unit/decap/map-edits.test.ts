import { describe, expect, it } from 'vitest';
import { mapEdits } from '../../../src/core/decap/map-edits';
import { serializeEntry } from '../../../src/core/decap/serialize';
import type { TextEdit } from '../../../src/core/types';
import type { DecapField } from '../../../src/core/decap/types';
import { DATA, FIELDS } from './fixture';

const entry = serializeEntry(FIELDS, DATA);
const at = (needle: string) => {
  const i = entry.text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i;
};
const replace = (needle: string, text: string): TextEdit => ({ start: at(needle), end: at(needle) + needle.length, text });

describe('mapEdits', () => {
  it('maps an edit in a nested field to the whole updated object', () => {
    const r = mapEdits(entry, FIELDS, [replace('Too short.', 'A longer description of the pond and what changed this winter.')]);
    expect(r.ok && r.changes).toEqual([
      { field: 'seo', value: { title: 'Pond news', description: 'A longer description of the pond and what changed this winter.' }, changed: ['seo.description'] },
    ]);
    expect(r.ok && r.body).toEqual([]);
  });

  it('maps an edit in the body to the same edit on the body text', () => {
    const r = mapEdits(entry, FIELDS, [replace('?utm_source=x&a=1', '?a=1')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes).toEqual([]);
    expect(r.newBody).toBe('\nHello [there](https://example.org/?a=1).\n');
    expect(r.body).toEqual([{ start: DATA.body!.toString().indexOf('?utm'), end: DATA.body!.toString().indexOf(').'), text: '?a=1' }]);
    expect(r.text).toBe(entry.text.replace('?utm_source=x&a=1', '?a=1'));
  });

  it('handles frontmatter and body edits together, leaving untouched fields alone', () => {
    const r = mapEdits(entry, FIELDS, [replace('utm_source=x&', ''), replace('- pond', '- lake')]);
    expect(r.ok && r.changes).toEqual([{ field: 'tags', value: ['lake', '2026'], changed: ['tags'] }]);
    expect(r.ok && r.newBody).toBe('\nHello [there](https://example.org/?a=1).\n');
  });

  it('adds a missing nested field through an inserted line', () => {
    const small = serializeEntry(FIELDS, { title: 'T', seo: { title: 'S' } });
    const pos = small.text.indexOf('  title: S\n') + '  title: S\n'.length;
    const r = mapEdits(small, FIELDS, [{ start: pos, end: pos, text: '  description: New one\n' }]);
    expect(r.ok && r.changes).toEqual([{ field: 'seo', value: { title: 'S', description: 'New one' }, changed: ['seo.description'] }]);
  });

  it('keeps the widget types: numbers typed in a string field stay strings, numbers stay numbers', () => {
    const r = mapEdits(entry, FIELDS, [replace(`'Pond: a "winter" update'`, '2027'), replace('rating: 4', 'rating: 5'), replace('age: 31', 'age: 32')]);
    expect(r.ok && r.changes).toEqual([
      { field: 'title', value: '2027', changed: ['title'] },
      { field: 'authors', value: [{ name: 'Ana', age: 40 }, { name: 'Bo', age: 32 }], changed: ['authors'] },
      { field: 'rating', value: 5, changed: ['rating'] },
    ]);
  });

  it('maps a boolean switch', () => {
    const r = mapEdits(entry, FIELDS, [replace('hidePost: false', 'hidePost: true')]);
    expect(r.ok && r.changes).toEqual([{ field: 'hidePost', value: true, changed: ['hidePost'] }]);
  });

  it('refuses edits that break the YAML, touch the fences, add unknown fields or the body key', () => {
    const broken = mapEdits(entry, FIELDS, [replace('seo:\n', 'seo: [\n')]);
    expect(broken).toMatchObject({ ok: false, reason: 'failed' });
    expect(mapEdits(entry, FIELDS, [{ start: 0, end: 3, text: '+++' }])).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(mapEdits(entry, FIELDS, [{ start: 4, end: 4, text: 'nope: 1\n' }])).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(mapEdits(entry, FIELDS, [{ start: 4, end: 4, text: 'body: x\n' }])).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(mapEdits(entry, FIELDS, [{ start: 5, end: 2, text: '' }])).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('keeps keys the collection does not list as they were parsed, and maps an edit inside one', () => {
    // A post with keys of its own (Decap keeps them): a boolean, a number, a nested description.
    const small = serializeEntry([{ name: 'title', widget: 'string' }, { name: 'body', widget: 'markdown' }], {
      title: 'T',
      draft: true,
      weight: 3,
      meta: { description: 'Old one.', noindex: false },
      body: '\nHi.\n',
    });
    const fields: DecapField[] = [{ name: 'title', widget: 'string' }, { name: 'body', widget: 'markdown' }];
    const at = small.text.indexOf('Old one.');
    const r = mapEdits(small, fields, [{ start: at, end: at + 'Old one.'.length, text: 'New one.' }]);
    // Only the edited key changes: `draft: true` is not read back as the string "true".
    expect(r.ok && r.changes).toEqual([{ field: 'meta', value: { description: 'New one.', noindex: false }, changed: ['meta.description'] }]);
    // Unknown sub-keys of a listed object keep their parsed types too.
    const withSeo = serializeEntry(FIELDS, { ...DATA, seo: { ...(DATA.seo as object), noindex: true } });
    const t = withSeo.text.indexOf('Too short.');
    const s = mapEdits(withSeo, FIELDS, [{ start: t, end: t + 'Too short.'.length, text: 'Longer.' }]);
    expect(s.ok && s.changes).toEqual([{ field: 'seo', value: { description: 'Longer.', title: 'Pond news', noindex: true }, changed: ['seo.description'] }]);
  });

  it('marks a top-level key the edit took out as removed (an Undo of a field "Use this" added), not as an empty value alone', () => {
    const withKind = mapEdits(entry, FIELDS, [replace('kind: news\n', '')]);
    expect(withKind.ok && withKind.changes).toEqual([{ field: 'kind', value: null, changed: ['kind'], removed: true }]);
    // A nested key taken out is the object without it, written whole.
    const nested = mapEdits(entry, FIELDS, [replace('  title: Pond news\n', '')]);
    expect(nested.ok && nested.changes).toEqual([{ field: 'seo', value: { description: 'Too short.' }, changed: ['seo.title'] }]);
  });

  it('maps a no-op edit to no change', () => {
    const r = mapEdits(entry, FIELDS, [replace('Pond news', 'Pond news')]);
    expect(r.ok && r.changes).toEqual([]);
    expect(r.ok && r.newBody).toBe(DATA.body);
  });
});
