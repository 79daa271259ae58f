import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/image-alt';
import { post, runRule } from './run-link-rule';

describe('image-alt', () => {
  it('catches markdown and HTML images without alt text', () => {
    const r = runRule(rule, post('![](/img/oif-2.jpg)\n\n![ ](/b.png) <img src="/c.png"> ![][pic]\n\n[pic]: /p.png\n'));
    expect(r.diagnostics.map(r.at)).toEqual(['![](/img/oif-2.jpg)', '![ ](/b.png)', '<img src="/c.png">', '![][pic]']);
    expect(r.diagnostics[0]!.severity).toBe('warning');
    expect(r.diagnostics[2]!.message).toContain('alt=""');
  });

  it('leaves described images, decorative alt="" and plain links alone', () => {
    const r = runRule(rule, post('![A chart of signups](/a.png) <img src="/d.png" alt="Logo"> <img alt="" src="/spacer.gif"> [](https://link.test/)\n'));
    expect(r.diagnostics).toEqual([]);
  });
});
