import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/vague-link-text';
import { lint, post } from './lint';

// Which links are flagged: tests/fixtures/rules/vague-link-text/.
describe('vague-link-text', () => {
  it('names the vague phrase whatever the case and punctuation, and quotes the text as written', () => {
    const r = lint(rule, post('[Click HERE!](https://a.test/) [here](https://b.test/) [Learn More](https://c.test/) [read more »](https://d.test/) [More…](https://e.test/) [this link](https://f.test/) <a href="https://g.test/">link</a> [more][m]\n\n[m]: https://m.test/\n'));
    expect(r.diagnostics.map((d) => d.data!.phrase)).toEqual(['click here', 'here', 'learn more', 'read more', 'more', 'this link', 'link', 'more']);
    expect(r.diagnostics[2]!.message).toContain('“Learn More”');
  });
});
