import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/url-absolute';
import { lint } from './lint';

// Which fields are flagged, and the suggested addresses: tests/fixtures/rules/url-absolute/.
describe('url-absolute', () => {
  it('says a relative address needs the full address, with an example when no base URL is known', () => {
    const [d] = lint(rule, '---\ntitle: T\nseo:\n  url: /blog/my-post\n---\n').diagnostics;
    expect(d!.message).toBe('`seo.url`: “/blog/my-post” is a relative address; search engines and social cards need the full address, starting with https:// (e.g. https://example.com/blog/my-post).');
    expect(d!.suggestions).toBeUndefined();
  });

  it('suggests the full address when a site base URL is known (the site may resolve it otherwise, so never in --fix)', () => {
    const r = lint(rule, '---\r\ncanonical_url: "/blog/my-post" # keep\r\ntitle: T\r\n---\r\n', { baseUrl: 'https://example.com/' });
    expect(r.diagnostics[0]!.suggestions![0]!.description).toBe('Write the full address https://example.com/blog/my-post');
    expect(r.diagnostics[0]!.fix).toBeUndefined();
    expect(r.fixed()).toBe(r.text);
  });

  it('says what is wrong with malformed and non-web addresses', () => {
    const found = lint(rule, '---\nurl: "https://exa mple.com"\ncanonical: ftp://example.com/x\npermalink: mailto://me\n---\n').diagnostics;
    expect(found.map((d) => d.data!.path)).toEqual(['url', 'canonical', 'permalink']);
    expect(found[0]!.message).toContain('is not a valid web address');
    expect(found[1]!.message).toContain('starts with ftp: but must be a web address starting with https://');
  });
});
