import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/vague-link-text';
import { post, runRule } from './run-link-rule';

describe('vague-link-text', () => {
  it('catches texts that say nothing, whatever the case and punctuation', () => {
    const r = runRule(rule, post('[Click HERE!](https://a.test/) [here](https://b.test/) [Learn More](https://c.test/) [read more »](https://d.test/) [More…](https://e.test/) [this link](https://f.test/) <a href="https://g.test/">link</a> [more][m]\n\n[m]: https://m.test/\n'));
    expect(r.diagnostics.map((d) => d.data!.phrase)).toEqual(['click here', 'here', 'learn more', 'read more', 'more', 'this link', 'link', 'more']);
    expect(r.diagnostics[0]!.severity).toBe('warning');
    expect(r.diagnostics[2]!.message).toContain('“Learn More”');
  });

  it('leaves texts that name the destination alone', () => {
    const r = runRule(rule, post('**[SEE THE VIDEOS >>](https://a.test/)** [learn more about Flamingo](https://b.test/) [the release notes](https://c.test/) [here’s the schedule](https://d.test/) <https://e.test/>\n'));
    expect(r.diagnostics).toEqual([]);
  });
});
