import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/index';
import { fixture } from './helpers';

/**
 * The fixture posts must keep carrying the problems they exist for (the kinds the seed
 * newsletter has), whatever the rules later say about them; checked through the parser.
 */
describe('fixture posts', () => {
  it('newsletter-messy.md has the seed newsletter kinds of problems', () => {
    const post = parsePost(fixture('newsletter-messy.md').toString('utf8'));
    const data = post.frontmatter.data as Record<string, any>;
    const urls = post.links.map((l) => l.url);
    expect(data.hidePost).toBe(true);
    expect(data.seo.description.length).toBeLessThan(50);
    expect(data.seo.twitterUsername).toMatch(/\s|!/); // not a valid handle
    expect(data.category).toEqual([expect.objectContaining({ value: expect.any(String), label: expect.any(String) }), expect.anything()]);
    expect(urls.some((u) => u.startsWith('https://youtu.be/') && u.includes('?si='))).toBe(true);
    expect(urls.some((u) => /youtube\.com\/.*[?&]si=/.test(u))).toBe(true);
    for (const p of ['utm_source', 'fbclid', 'mc_eid', 'gclid', 'gad_source', 'gbraid', 'ajs_aid', 'eventOrigin']) expect(urls.some((u) => u.includes(`${p}=`)), p).toBe(true);
    expect(urls.some((u) => u.startsWith('mailto:'))).toBe(true);
    expect(urls.some((u) => u.startsWith('tel:'))).toBe(true);
    expect(post.links.some((l) => l.kind === 'image' && l.text === '')).toBe(true);
    expect(post.links.some((l) => /^(click here|learn more)$/i.test(l.text ?? ''))).toBe(true);
    expect(post.links.some((l) => l.kind === 'bare' && l.url.startsWith('http://'))).toBe(true);
    expect(post.headings.filter((h) => h.depth === 1).length).toBeGreaterThan(1);
    expect(post.text).toContain('**[STREAM THE SHOWS >>]');
    expect(post.text).toContain('<!--StartFragment-->');
  });

  it('the CRLF post uses CRLF only, the BOM post starts with a BOM', () => {
    const crlf = fixture('crlf.md').toString('utf8');
    expect(crlf).toContain('\r\n');
    expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect([...fixture('bom.md').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('the broken posts are broken the way their names say, the clean one is well-formed', () => {
    expect(parsePost(fixture('yaml-error.md').toString('utf8')).frontmatter.errors.length).toBeGreaterThan(0);
    expect(parsePost(fixture('no-frontmatter.md').toString('utf8')).frontmatter.present).toBe(false);
    const clean = parsePost(fixture('clean.md').toString('utf8'));
    expect(clean.frontmatter.errors).toEqual([]);
    const description = String(clean.frontmatter.data.description);
    expect(description.length).toBeGreaterThanOrEqual(120);
    expect(description.length).toBeLessThanOrEqual(156);
    expect(clean.headings.every((h) => h.depth === 2)).toBe(true);
    expect(clean.links.every((l) => l.text !== '' && !l.url.includes('utm_'))).toBe(true);
  });
});
