import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/empty-link-text';
import { post, runRule } from './run-link-rule';

describe('empty-link-text', () => {
  it('catches markdown, reference and HTML links with no visible text', () => {
    const r = runRule(rule, post('A [](https://a.test/) and [ ](https://b.test/) and <a href="https://c.test/"> </a> and [][r].\n\n[r]: https://r.test/\n'));
    expect(r.diagnostics.map(r.at)).toEqual(['[](https://a.test/)', '[ ](https://b.test/)', '<a href="https://c.test/"> </a>', '[][r]']);
    expect(r.diagnostics[0]!.severity).toBe('error');
  });

  it('counts an image’s alt text as the link text, and leaves texted links and autolinks alone', () => {
    const r = runRule(rule, post('[![Logo](/l.png)](https://a.test/) <a href="https://b.test/"><img src="/x.png" alt="Home"></a> [ok](https://c.test/) <https://d.test/> https://e.test/\n'));
    expect(r.diagnostics).toEqual([]);
  });
});
