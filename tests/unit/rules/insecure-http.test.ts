import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/insecure-http';
import { post, runRule } from './run-link-rule';

describe('insecure-http', () => {
  it('flags http:// links and images as info, without a fix, pointing to the link checker', () => {
    const r = runRule(rule, post('[old](http://old.test/page) ![i](HTTP://img.test/a.png) <a href="http://h.test/">h</a>\n\n[d]: http://def.test/\n\n[use][d]\n'));
    expect(r.diagnostics.map(r.at)).toEqual(['http://old.test/page', 'HTTP://img.test/a.png', 'http://h.test/', 'http://def.test/']);
    for (const d of r.diagnostics) {
      expect(d.severity).toBe('info');
      expect(d.fix).toBeUndefined();
    }
    expect(r.diagnostics[0]!.message).toMatch(/https:\/\/old\.test.*isn't changed automatically.*link checker/s);
  });

  it('also checks URLs in the frontmatter', () => {
    const r = runRule(rule, post('Body\n', 'title: T\nseo:\n  url: http://blog.example.org/p\n  image: https://cdn.example.org/a.png'));
    expect(r.diagnostics.map(r.at)).toEqual(['http://blog.example.org/p']);
    expect(r.diagnostics[0]!.message).toContain('“seo.url”');
  });

  it('leaves https, local hosts, mailto and relative links alone', () => {
    const r = runRule(rule, post('[a](https://a.test/) [l](http://localhost:8080/) [ip](http://127.0.0.1/) [lan](http://192.168.1.2/x) [dev](http://site.local/) [m](mailto:a@b.test) [r](/http/page)\n'));
    expect(r.diagnostics).toEqual([]);
  });
});
