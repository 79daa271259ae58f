import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/malformed-url';
import { post, runRule } from './run-link-rule';

describe('malformed-url', () => {
  it('catches empty addresses, spaces, bad %-escapes and mistyped schemes', () => {
    const links = [
      '[empty]()',
      '[space](<https://ex.test/a b>)',
      '[pct](https://ex.test/100%-sure)',
      '[htp](htp://ex.test/)',
      '[noc](https//ex.test/)',
      '[one](http:/ex.test/)',
      '[semi](https;//ex.test/)',
      '[dbl](hhttps://ex.test/)',
      '[nohost](https:///path)',
      '[badhost](https://ex..test/)',
      '<a href="">html</a>',
      '[www](www.example.org/page)',
    ];
    const r = runRule(rule, post(links.join('\n\n') + '\n'));
    expect(r.diagnostics.map(r.at)).toEqual([
      '[empty]()',
      'https://ex.test/a b',
      'https://ex.test/100%-sure',
      'htp://ex.test/',
      'https//ex.test/',
      'http:/ex.test/',
      'https;//ex.test/',
      'hhttps://ex.test/',
      'https:///path',
      'https://ex..test/',
      '<a href="">html</a>',
      'www.example.org/page',
    ]);
    expect(r.diagnostics[11]!.message).toContain('https://www.example.org…');
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(r.diagnostics[3]!.message).toContain('“http://”');
    expect(r.diagnostics[4]!.message).toContain('“https://”');
  });

  it('leaves well-formed links alone, including encoded, relative, mailto, unicode hosts and &amp; in HTML', () => {
    const r = runRule(
      rule,
      post('[a](https://ex.test/caf%C3%A9?q=a+b#x) [r](../httpd.conf) [p](http/notes.md) [m](mailto:a@b.test) [t](tel:+1555) [u](https://bücher.test/) [port](http://ex.test:8080/) <a href="https://h.test/?a=1&amp;b=2">h</a> [frag](#top) www.bare.example.org <https://www.a.example/>\n'),
    );
    expect(r.diagnostics).toEqual([]);
  });
});
