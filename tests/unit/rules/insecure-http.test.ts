import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/insecure-http';
import { lint, post } from './lint';

// Which links are flagged, and that nothing is changed: tests/fixtures/rules/insecure-http/.
describe('insecure-http', () => {
  it('says to check the https address by hand, pointing to the link checker', () => {
    const [d] = lint(rule, post('[old](http://old.test/page)\n')).diagnostics;
    expect(d!.message).toMatch(/https:\/\/old\.test.*isn't changed automatically.*link checker/s);
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toBeUndefined();
  });

  it('names the frontmatter field', () => {
    const [d] = lint(rule, post('Body\n', 'title: T\nseo:\n  url: http://blog.example.org/p')).diagnostics;
    expect(d!.message).toContain('“seo.url”');
  });
});
