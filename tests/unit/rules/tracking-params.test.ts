import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/tracking-params';
import { post, runRule } from './run-link-rule';

describe('tracking-params', () => {
  it('flags each kind of link with tracking parameters and fixes only the URL', () => {
    const text = post(
      [
        'Watch [the keynote](https://youtu.be/XsUTVgDAUxA?si=0dK_GUOh9LneefZ5 "Keynote") and <https://ex.test/?utm_source=a&x=1>.',
        'Bare https://bare.test/p?fbclid=9 too, and www.bare.test/w?gclid=2.',
        '<p><a href="https://h.test/?a=1&amp;utm_medium=m&amp;b=2">html</a> <img src="https://img.test/i.png?utm_content=c" alt="i"></p>',
        '',
        '![chart](https://cdn.test/c.png?mc_eid=1)',
      ].join('\n'),
    );
    const r = runRule(rule, text);
    expect(r.diagnostics.map(r.at)).toEqual([
      'https://youtu.be/XsUTVgDAUxA?si=0dK_GUOh9LneefZ5',
      'https://ex.test/?utm_source=a&x=1',
      'https://bare.test/p?fbclid=9',
      'www.bare.test/w?gclid=2',
      'https://h.test/?a=1&amp;utm_medium=m&amp;b=2',
      'https://img.test/i.png?utm_content=c',
      'https://cdn.test/c.png?mc_eid=1',
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.diagnostics[0]!.message).toContain('“si”');
    expect(r.fixed()).toBe(
      post(
        [
          'Watch [the keynote](https://youtu.be/XsUTVgDAUxA "Keynote") and <https://ex.test/?x=1>.',
          'Bare https://bare.test/p too, and www.bare.test/w.',
          '<p><a href="https://h.test/?a=1&amp;b=2">html</a> <img src="https://img.test/i.png" alt="i"></p>',
          '',
          '![chart](https://cdn.test/c.png)',
        ].join('\n'),
      ),
    );
  });

  it('reports a reference definition once, however many usages share it', () => {
    const text = post('See [the spec][s], [again][s] and [s].\n\n[s]: https://spec.test/v1?utm_campaign=x&v=2 "Spec"\n');
    const r = runRule(rule, text);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.fix!.edits).toHaveLength(1);
    expect(r.fixed()).toBe(post('See [the spec][s], [again][s] and [s].\n\n[s]: https://spec.test/v1?v=2 "Spec"\n'));
  });

  it('checks http(s) URLs in the frontmatter, keeping quotes and comments', () => {
    const fm = ['title: T', 'seo:', '  url: https://site.test/post?utm_source=rss # canonical', "image: 'https://cdn.test/a.png?fbclid=1'", 'links:', '  - "https://x.test/?gclid=1&q=2"', 'note: "https://q.test/?utm_source=a\\tb"'].join('\n');
    const r = runRule(rule, post('Body.\n', fm));
    expect(r.diagnostics.map((d) => d.message.match(/field “([^”]+)”/)?.[1])).toEqual(['seo.url', 'image', 'links.0']);
    expect(r.fixed()).toBe(post('Body.\n', ['title: T', 'seo:', '  url: https://site.test/post # canonical', "image: 'https://cdn.test/a.png'", 'links:', '  - "https://x.test/?q=2"', 'note: "https://q.test/?utm_source=a\\tb"'].join('\n')));
  });

  it('gives no fix for an unquoted frontmatter URL that would end in ":" (a broken YAML key), but fixes it when quoted', () => {
    // Found by the "changes nothing outside URL query strings" property: the fix made `url: https://youtu.be?x=:`,
    // which YAML reads as a nested mapping (an error), so the whole frontmatter stopped parsing.
    const text = '---\nurl: https://youtu.be?x=:&utm_source\n---\n\n';
    const [d] = runRule(rule, text).diagnostics;
    expect(d!.message).toContain('“utm_source”');
    expect(d!.fix).toBeUndefined();
    expect(d!.message).toContain('by hand');
    expect(d!.message).toContain('"https://youtu.be?x=:"');
    const quoted = '---\nurl: "https://youtu.be?x=:&utm_source"\n---\n\n';
    expect(runRule(rule, quoted).fixed()).toBe('---\nurl: "https://youtu.be?x=:"\n---\n\n');
    // A colon inside the value stays fine unquoted.
    expect(runRule(rule, '---\nurl: https://youtu.be?x=:&utm_source&t=1\n---\n').fixed()).toBe('---\nurl: https://youtu.be?x=:&t=1\n---\n');
  });

  it('reports a bare URL without a fix when removing would leave punctuation the bare link loses', () => {
    const text = post('Bare https://ex.test/?next=_&utm_source=x here.\n');
    const [d] = runRule(rule, text).diagnostics;
    expect(d!.fix).toBeUndefined();
    expect(d!.message).toContain('by hand');
    expect(d!.message).toContain('[link](https://ex.test/?next=_)');
  });

  it('treats &amp; as a separator where entities are decoded (link destinations), not in autolinks', () => {
    const text = post('[a](https://x.test/?a=1&amp;utm_source=x) <https://y.test/?a=1&amp;utm_source=y>\n');
    expect(runRule(rule, text).fixed()).toBe(post('[a](https://x.test/?a=1) <https://y.test/?a=1&amp;utm_source=y>\n'));
  });

  it('uses the site’s extra parameters', () => {
    const r = runRule(rule, post('[a](https://a.test/?ref=nav&id=3)\n'), { extraTrackingParams: ['ref'] });
    expect(r.fixed()).toBe(post('[a](https://a.test/?id=3)\n'));
  });

  it('leaves clean links, mailto:, tel:, relative links and code alone', () => {
    const text = post(
      [
        '[ok](https://ex.test/?page=2&sort=new) [mail](mailto:a@ex.test?subject=utm_source) [call](tel:+1555?utm_source=x)',
        '[rel](/blog/?utm_source=x) [frag](#utm_source=x) [yt](https://www.youtube.com/watch?v=cdqL6umlM1w)',
        '`https://code.test/?utm_source=x`',
        '',
        '    https://indented.test/?gclid=1',
      ].join('\n'),
    );
    expect(runRule(rule, text).diagnostics).toEqual([]);
  });
});
