import type { DecapField, EntryData } from '../../../src/core/decap/types';

/** A collection like the e2e test site's: nested object, boolean, lists, date, hidden, body. */
export const FIELDS: DecapField[] = [
  { name: 'title', widget: 'string' },
  { name: 'date', widget: 'datetime' },
  {
    name: 'seo',
    widget: 'object',
    fields: [
      { name: 'title', widget: 'string', required: false },
      { name: 'description', widget: 'text', pattern: ['^.{50,160}$', 'Write 50 to 160 characters.'] },
    ],
  },
  { name: 'hidePost', widget: 'boolean', required: false },
  { name: 'tags', widget: 'list', min: 1, max: 5 },
  { name: 'authors', widget: 'list', fields: [{ name: 'name', widget: 'string' }, { name: 'age', widget: 'number' }] },
  { name: 'rating', widget: 'number', min: 1, max: 5 },
  { name: 'kind', widget: 'select', options: ['news', { label: 'Event', value: 'event' }] },
  { name: 'internal', widget: 'hidden', required: false },
  { name: 'body', widget: 'markdown' },
];

/** Keys deliberately out of the config's order: serialization must follow the config. */
export const DATA: EntryData = {
  body: '\nHello [there](https://example.org/?utm_source=x&a=1).\n',
  tags: ['pond', '2026'],
  title: 'Pond: a "winter" update',
  seo: { description: 'Too short.', title: 'Pond news' },
  date: '2026-11-20T09:00:00.000Z',
  hidePost: false,
  authors: [{ name: 'Ana', age: 40 }, { name: 'Bo', age: 31 }],
  rating: 4,
  kind: 'news',
  internal: 'keep me',
};
