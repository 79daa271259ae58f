import { describe, expect, it } from 'vitest';
import { checkLinks, classifyUrl, emailIsValid } from '../../../src/core/linkcheck';

describe('which links go over the network', () => {
  it('http and https links are fetched under a key without the fragment', () => {
    expect(classifyUrl('https://Example.org:443/a?b=1#top')).toEqual({ kind: 'http', key: 'https://example.org/a?b=1', fragment: '#top', absolute: 'https://example.org/a?b=1#top' });
    expect(classifyUrl('  http://example.org  ')).toMatchObject({ kind: 'http', key: 'http://example.org/' });
  });

  it('relative links are resolved against the base, or skipped without one', () => {
    expect(classifyUrl('/about#team', 'https://blog.example.org/posts/x/')).toMatchObject({ kind: 'http', key: 'https://blog.example.org/about', fragment: '#team' });
    expect(classifyUrl('../y', 'https://blog.example.org/posts/x/')).toMatchObject({ key: 'https://blog.example.org/posts/y' });
    expect(classifyUrl('//cdn.example.org/a.png', 'https://blog.example.org/')).toMatchObject({ key: 'https://cdn.example.org/a.png' });
    expect(classifyUrl('/about')).toEqual({ kind: 'skip', reason: 'relative-without-base' });
    expect(classifyUrl('images/a.png')).toEqual({ kind: 'skip', reason: 'relative-without-base' });
  });

  it('skips what is not a web page, saying why', () => {
    expect(classifyUrl('#setup')).toEqual({ kind: 'skip', reason: 'fragment' });
    expect(classifyUrl('tel:+441234567890')).toEqual({ kind: 'skip', reason: 'tel' });
    expect(classifyUrl('')).toEqual({ kind: 'skip', reason: 'empty' });
    expect(classifyUrl('ftp://files.example.org/x')).toMatchObject({ kind: 'skip', reason: 'unsupported-scheme' });
    expect(classifyUrl('javascript:alert(1)')).toMatchObject({ kind: 'skip', reason: 'unsupported-scheme' });
    expect(classifyUrl('http://exa mple.org/')).toMatchObject({ kind: 'skip', reason: 'invalid-url' });
  });

  it('mailto links are skipped but their addresses are checked for typos', () => {
    const valid = ['mailto:editor@example.org', 'mailto:a.b+tag@mail.example.co.uk?subject=Hi%20there', 'mailto:a@example.org,b@example.org', 'mailto:?to=desk@example.org', 'MAILTO:x@exämple.de', 'mailto:jo@example.org'];
    for (const url of valid) expect(classifyUrl(url), url).toMatchObject({ kind: 'skip', reason: 'mailto', emailValid: true });
    const invalid = ['mailto:', 'mailto:editor', 'mailto:editor@example', 'mailto:editor@@example.org', 'mailto:edi tor@example.org', 'mailto:a@example.org,oops', 'mailto:.a@example.org', 'mailto:a..b@example.org', 'mailto:a@example.org?cc=broken', 'mailto:a@-example.org'];
    for (const url of invalid) expect(classifyUrl(url), url).toMatchObject({ kind: 'skip', reason: 'mailto', emailValid: false });
  });

  it('email syntax: what it accepts and rejects', () => {
    expect(emailIsValid('name@example.org')).toBe(true);
    expect(emailIsValid('name@localhost')).toBe(false); // a public post wants a real domain
    expect(emailIsValid('@example.org')).toBe(false);
    expect(emailIsValid('name@example.o')).toBe(false);
  });

  it('checkLinks gives skipped results without touching the network', async () => {
    let calls = 0;
    const results = await checkLinks(['mailto:bad', 'tel:123', '#x', '/rel', 'data:text/plain,hi'], {
      fetch: async () => {
        calls++;
        throw new Error('no network in this test');
      },
    });
    expect(calls).toBe(0);
    expect(results.map((r) => [r.status, r.skipReason, r.requests])).toEqual([
      ['skipped', 'mailto', 0],
      ['skipped', 'tel', 0],
      ['skipped', 'fragment', 0],
      ['skipped', 'relative-without-base', 0],
      ['skipped', 'unsupported-scheme', 0],
    ]);
    expect(results[0]!.emailValid).toBe(false);
  });
});
