import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fix';
import rule from '../../../src/core/rules/url-absolute';
import { pointed, runRule } from './run-rule';

describe('url-absolute', () => {
  it('leaves absolute http(s) addresses, non-url keys and permalink patterns alone', () => {
    const text = '---\nurl: https://example.com/a\nseo:\n  canonicalURL: http://example.com/b?x=1#y\nimage: /img/a.png\npermalink: /blog/:slug/\ncanonical: true\n---\n';
    expect(runRule(rule, text)).toEqual([]);
  });

  it('flags a relative address in a conventional key at any depth', () => {
    const text = '---\ntitle: T\nseo:\n  url: /blog/my-post\n---\n';
    const [d] = runRule(rule, text);
    expect(pointed(text, d!)).toBe('/blog/my-post');
    expect(d!.message).toBe('`seo.url`: “/blog/my-post” is a relative address; search engines and social cards need the full address, starting with https:// (e.g. https://example.com/blog/my-post).');
    expect(d!.fix).toBeUndefined();
  });

  it('offers the full address when a site base URL is known, changing only that value', () => {
    const text = '---\r\ncanonical_url: "/blog/my-post" # keep\r\ntitle: T\r\n---\r\n';
    const [d] = runRule(rule, text, { baseUrl: 'https://example.com/' });
    expect(d!.fix!.description).toBe('Write the full address https://example.com/blog/my-post');
    expect(applyFixes(text, [d!.fix!]).text).toBe('---\r\ncanonical_url: "https://example.com/blog/my-post" # keep\r\ntitle: T\r\n---\r\n');
  });

  it('flags malformed and non-web addresses', () => {
    const text = '---\nurl: "https://exa mple.com"\ncanonical: ftp://example.com/x\npermalink: mailto://me\n---\n';
    const found = runRule(rule, text);
    expect(found.map((d) => d.data!.path)).toEqual(['url', 'canonical', 'permalink']);
    expect(found[0]!.message).toContain('is not a valid web address');
    expect(found[1]!.message).toContain('starts with ftp: but must be a web address starting with https://');
  });

  it('checks schema fields typed url and fields inside list items, and skips odd values safely', () => {
    const text = '---\nlinks:\n  - url: relative/page\nsource: ../notes\nurl: [a]\n---\n';
    const found = runRule(rule, text, { schema: { fields: [{ path: 'source', type: 'url' }] }, baseUrl: 'https://example.com/' });
    expect(found.map((d) => d.data!.path)).toEqual(['links.0.url', 'source']);
    expect(applyFixes(text, found.map((d) => d.fix!)).text).toBe('---\nlinks:\n  - url: https://example.com/relative/page\nsource: https://example.com/notes\nurl: [a]\n---\n');
  });
});
