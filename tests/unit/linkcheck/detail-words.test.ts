import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkDetail } from '../../../src/core/linkcheck/detail-words';
import { LOCALES } from '../../../src/i18n';

/**
 * Every detail the checker writes has words in each language. The literal ones are read from the
 * checker's source, so a new detail without words fails here; those built from values are listed.
 */
const SOURCES = ['src/core/linkcheck/check-url.ts', 'src/core/linkcheck/request.ts', 'src/core/linkcheck/classify-url.ts', 'src/core/linkcheck/post-links.ts'];
const literal = SOURCES.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/detail: (['"])((?:(?!\1).)+)\1/g)].map((m) => m[2]!));
const built = [
  'redirects to an address on a local or private network (10.0.0.5), which is not followed',
  'no answer within 10 s',
  'no answer within 2.5 s',
  'more than 20 redirects',
  'redirects to a ftp: address',
  'page not found (404)',
  'page removed for good (410)',
  'the site is limiting requests (429)',
  'the page needs a login or refuses visitors (403)',
  'the site refuses automated checks (999, as LinkedIn answers)',
  'the server answered 418',
  'the site asked to come back after 120 s',
  'ftp: links are not checked',
];

describe('link-check details', () => {
  it('finds the literal details in the checker', () => expect(literal.length).toBeGreaterThanOrEqual(10));

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: every detail has its own words (none quoted as English)', (locale) => {
    for (const detail of [...literal, ...built]) {
      const worded = linkDetail(locale, detail);
      expect(worded, detail).not.toContain(detail);
      // Values carried over: status codes, seconds, hosts.
      for (const value of detail.match(/\d+(\.\d+)?|10\.0\.0\.5|ftp:/g) ?? []) expect(worded, detail).toContain(value);
    }
  });

  it('keeps English as it is, and quotes a detail it has no words for', () => {
    expect(linkDetail('en', 'page not found (404)')).toBe('page not found (404)');
    expect(linkDetail('de', 'something new')).toBe('„something new“');
  });
});
