import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/single-h1';
import { lint, withoutTitle, withTitle } from './lint';

// Which headings are flagged, and the suggested levels: tests/fixtures/rules/single-h1/.
describe('single-h1', () => {
  it('says why: the title is already the H1, or the page has a second one', () => {
    expect(lint(rule, withTitle('# Morning\n')).diagnostics[0]!.message).toMatch(/title/);
    expect(lint(rule, withoutTitle('# The page\n\n# Another\n')).diagnostics[0]!.message).toMatch(/second top-level/);
  });

  it('offers H2 as a suggestion only: the outline is the author’s, so --fix leaves it', () => {
    const r = lint(rule, withTitle('# Morning\n'));
    expect(r.diagnostics[0]!.fix).toBeUndefined();
    expect(r.diagnostics[0]!.suggestions).toEqual([{ description: 'Change this heading to H2 (##)', edits: [expect.objectContaining({ text: '##' })] }]);
    expect(r.fixed()).toBe(r.text);
  });

  it('offers nothing for a setext H1 (an underline cannot express H2 safely here)', () => {
    expect(lint(rule, withTitle('Big words\n=========\n')).diagnostics[0]!.suggestions).toBeUndefined();
  });
});
