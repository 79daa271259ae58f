import { describe, expect, it } from 'vitest';
import { schemaFromFields } from '../../../src/core/decap/schema';
import { toFieldConfigs } from '../../../src/core/decap/plain';
import { FIELDS } from './fixture';

describe('schemaFromFields', () => {
  const fields = schemaFromFields(FIELDS).fields!;
  const get = (p: string) => fields.find((f) => f.path === p);

  it('maps widgets to types and keeps Decap default required', () => {
    expect(get('title')).toEqual({ path: 'title', type: 'string', required: true });
    expect(get('date')).toMatchObject({ type: 'date', required: true });
    expect(get('hidePost')).toMatchObject({ type: 'boolean', required: false });
    expect(get('seo')).toMatchObject({ type: 'object', required: true });
    expect(get('seo.title')).toMatchObject({ type: 'string', required: false });
  });

  it('carries pattern and message, and min/max for lists and numbers', () => {
    expect(get('seo.description')).toEqual({ path: 'seo.description', type: 'text', required: true, pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters.' });
    expect(get('tags')).toMatchObject({ type: 'list', min: 1, max: 5 });
    expect(get('rating')).toMatchObject({ type: 'number', min: 1, max: 5 });
  });

  it('turns select options into an enum', () => {
    expect(get('kind')).toMatchObject({ type: 'string', enum: ['news', 'event'] });
  });

  it('leaves out hidden fields and the body', () => {
    expect(get('internal')).toBeUndefined();
    expect(get('body')).toBeUndefined();
  });

  it('ignores min/max on widgets that do not use them', () => {
    expect(schemaFromFields([{ name: 's', widget: 'string', min: 3 }]).fields).toEqual([{ path: 's', type: 'string', required: true }]);
  });
});

describe('toFieldConfigs (config read from the page is untrusted)', () => {
  it('keeps well-typed keys and drops the rest', () => {
    const raw = [
      { name: 'a', widget: 'list', min: '1', max: 3, required: 'no', pattern: [/x/, 'm'], fields: [{ name: 'b' }, { label: 'nameless' }] },
      { widget: 'string' },
      'junk',
      { name: 'c', widget: 'select', options: ['x', { value: 2, label: 'Two' }, { value: {} }, null] },
    ];
    expect(toFieldConfigs(raw)).toEqual([
      { name: 'a', widget: 'list', max: 3, fields: [{ name: 'b' }] },
      { name: 'c', widget: 'select', options: ['x', { value: 2, label: 'Two' }] },
    ]);
  });
});
