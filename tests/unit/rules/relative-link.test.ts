import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/relative-link';
import { post, runRule } from './run-link-rule';

const body = post('![hero](/img/oif-2.jpg) [next](../second-post/) <a href="notes.html">n</a> [r][d] [d]\n\n[d]: /docs/?page=2\n');

describe('relative-link', () => {
  it('shows each relative link and image resolved against the base URL', () => {
    const r = runRule(rule, body, { baseUrl: 'https://blog.test/posts/first/' });
    expect(r.diagnostics.map(r.at)).toEqual(['/img/oif-2.jpg', '../second-post/', 'notes.html', '/docs/?page=2']);
    expect(r.diagnostics.map((d) => d.data!.resolved)).toEqual(['https://blog.test/img/oif-2.jpg', 'https://blog.test/posts/second-post/', 'https://blog.test/posts/first/notes.html', 'https://blog.test/docs/?page=2']);
    expect(r.diagnostics[0]!.message).toContain('https://blog.test/img/oif-2.jpg');
    expect(r.diagnostics[0]!.severity).toBe('info');
  });

  it('says the site base URL can be set when there is none', () => {
    const r = runRule(rule, body);
    expect(r.diagnostics).toHaveLength(4);
    for (const d of r.diagnostics) expect(d.message).toMatch(/Set the site base URL/);
  });

  it('leaves absolute, protocol-relative, mailto, tel, anchors and bare links alone', () => {
    const r = runRule(rule, post('[a](https://a.test/x) [p](//cdn.test/x.js) [m](mailto:a@b.test) [t](tel:+1) [top](#intro) [w](www.ex.test/x) www.bare.test and me@mail.test <you@mail.test>\n'), { baseUrl: 'https://blog.test/' });
    expect(r.diagnostics).toEqual([]);
  });
});
