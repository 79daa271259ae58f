import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/emphasis-as-heading';
import { lint, withoutTitle, withTitle } from './lint';

// Which lines are flagged, and the suggested headings: tests/fixtures/rules/emphasis-as-heading/.
describe('emphasis-as-heading', () => {
  it('names the heading it could be, and offers it as a suggestion only (the text changes, so never in --fix)', () => {
    const r = lint(rule, withTitle('## Ferry times\n\n**Dates to remember:**\n'));
    expect(r.diagnostics[0]!.message).toMatch(/### Dates to remember/);
    expect(r.diagnostics[0]!.fix).toBeUndefined();
    expect(r.diagnostics[0]!.suggestions![0]!.description).toBe('Turn it into an H3 heading');
    expect(r.fixed()).toBe(r.text);
  });

  it('under an H1 body heading with a title, counts that H1 as the H2 it should become', () => {
    expect(lint(rule, withTitle('# Section\n\n**Label**\n')).diagnostics[0]!.data).toEqual({ level: 3 });
    expect(lint(rule, withoutTitle('# Page\n\n**Label**\n')).diagnostics[0]!.data).toEqual({ level: 2 });
    // …and a label after a skipped level goes under the heading as heading-increment would have it (H2 → H4 becomes H3).
    expect(lint(rule, withTitle('## A\n\n#### B\n\n**Label**\n')).diagnostics[0]!.data).toEqual({ level: 4 });
    expect(lint(rule, withoutTitle('### Deep start\n\n**Label**\n')).diagnostics[0]!.data).toEqual({ level: 4 });
  });

  it('reads a label with a long run of spaces in linear time (a hostile draft)', () => {
    // No timing assertion (see GUIDE): the quadratic way takes tens of seconds here, past the test timeout.
    const r = lint(rule, withTitle(`## Ferry times\n\n**Dates${' '.repeat(100_000)}to remember**\n`));
    expect(r.diagnostics[0]!.suggestions![0]!.edits[0]!.text).toMatch(/^### Dates {100000}to remember$/);
    expect(lint(rule, withTitle('## Ferry times\n\n**Dates to remember :**\n')).diagnostics[0]!.suggestions![0]!.edits[0]!.text).toBe('### Dates to remember');
  });

  it('offers nothing for a label wrapped over two lines (a heading is one line)', () => {
    const [d] = lint(rule, withTitle('**Dates to\nremember**\n\nText.\n')).diagnostics;
    expect(d!.suggestions).toBeUndefined();
  });
});
