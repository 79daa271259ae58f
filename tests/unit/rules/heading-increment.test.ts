import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/heading-increment';
import { lint, withTitle } from './lint';

// Which headings are flagged, and the suggested levels: tests/fixtures/rules/heading-increment/.
describe('heading-increment', () => {
  it('says which level was skipped, counting the title as the H1', () => {
    expect(lint(rule, withTitle('## Harbour\n\n#### Boats\n')).diagnostics[0]!.message).toMatch(/H4 right after an H2/);
    expect(lint(rule, withTitle('### Too deep\n')).diagnostics[0]!.message).toMatch(/title/);
  });

  it('compares with the heading just before, so each skip is reported once', () => {
    expect(lint(rule, withTitle('## A\n\n#### B\n\n###### C\n')).diagnostics.map((f) => f.data)).toEqual([
      { from: 2, depth: 4 },
      { from: 4, depth: 6 },
    ]);
  });

  it('offers the level as a suggestion only, never in --fix', () => {
    const r = lint(rule, withTitle('## Harbour\n\n#### Boats\n'));
    expect(r.diagnostics[0]!.fix).toBeUndefined();
    expect(r.diagnostics[0]!.suggestions![0]!.description).toBe('Change this heading to H3 (###)');
    expect(r.fixed()).toBe(r.text);
  });
});
