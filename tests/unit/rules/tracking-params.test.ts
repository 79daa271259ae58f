import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/tracking-params';
import { lint, post } from './lint';

// Which links are flagged and what --fix makes of them: tests/fixtures/rules/tracking-params/.
describe('tracking-params', () => {
  it('names the parameters, and a reference definition gets one finding with one edit', () => {
    const r = lint(rule, post('Watch [it](https://youtu.be/XsUTVgDAUxA?si=0dK_GUOh9LneefZ5). See [the spec][s], [again][s] and [s].\n\n[s]: https://spec.test/v1?utm_campaign=x&v=2 "Spec"\n'));
    expect(r.diagnostics[0]!.message).toContain('“si”');
    expect(r.diagnostics).toHaveLength(2);
    expect(r.diagnostics[1]!.fix!.edits).toHaveLength(1);
  });

  it('names the frontmatter field', () => {
    const r = lint(rule, post('Body.\n', 'title: T\nseo:\n  url: https://site.test/post?utm_source=rss\nimage: \'https://cdn.test/a.png?fbclid=1\'\nlinks:\n  - "https://x.test/?gclid=1&q=2"'));
    expect(r.diagnostics.map((d) => d.message.match(/field “([^”]+)”/)?.[1])).toEqual(['seo.url', 'image', 'links.0']);
  });

  it('says how to fix by hand an unquoted frontmatter URL that would end in ":" (a broken YAML key)', () => {
    // Found by the "changes nothing outside URL query strings" property: the fix made `url: https://youtu.be?x=:`,
    // which YAML reads as a nested mapping (an error), so the whole frontmatter stopped parsing.
    const [d] = lint(rule, '---\nurl: https://youtu.be?x=:&utm_source\n---\n\n').diagnostics;
    expect(d!.message).toContain('“utm_source”');
    expect(d!.fix).toBeUndefined();
    expect(d!.message).toContain('by hand');
    expect(d!.message).toContain('"https://youtu.be?x=:"');
  });

  it('says how to fix by hand a bare URL that would end in punctuation the bare link loses', () => {
    const [d] = lint(rule, post('Bare https://ex.test/?next=_&utm_source=x here.\n')).diagnostics;
    expect(d!.fix).toBeUndefined();
    expect(d!.message).toContain('by hand');
    expect(d!.message).toContain('[link](https://ex.test/?next=_)');
  });

  it("quotes and lists the parameters the way the interface's language does", () => {
    const link = post('See [the spec](https://spec.test/v1?utm_source=x&utm_medium=y&v=2).\n');
    expect(lint(rule, link, { locale: 'de' }).diagnostics[0]!.message).toContain('„utm_source“, „utm_medium“');
    expect(lint(rule, link, { locale: 'ja' }).diagnostics[0]!.message).toContain('「utm_source」、「utm_medium」');
    expect(lint(rule, link, { locale: 'ja' }).diagnostics[0]!.fix!.description).toContain('utm_source、utm_medium');
  });
});
