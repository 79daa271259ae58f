import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/heading-increment';
import { check, fixed, withoutTitle, withTitle } from './body-context';

describe('heading-increment', () => {
  it('flags a jump from H2 to H4 and fixes it to H3', () => {
    const text = withTitle('## Harbour\n\n#### Boats\n\nText.\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('#### Boats');
    expect(found[0]!.message).toMatch(/H4 right after an H2/);
    expect(fixed(text, found[0]!)).toBe(text.replace('#### Boats', '### Boats'));
  });

  it('counts the title as the H1: a first heading of H3 skips H2', () => {
    const text = withTitle('### Too deep\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/title/);
  });

  it('without a title, the first heading may be any level', () => {
    expect(check(rule, withoutTitle('### Starts deep\n\n#### Then one more\n'))).toEqual([]);
  });

  it('leaves alone steps of one, and going back up any number of levels', () => {
    expect(check(rule, withTitle('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'))).toEqual([]);
  });

  it('compares with the heading just before, so each skip is reported once', () => {
    const found = check(rule, withTitle('## A\n\n#### B\n\n###### C\n'));
    expect(found.map((f) => f.data)).toEqual([
      { from: 2, depth: 4 },
      { from: 4, depth: 6 },
    ]);
  });
});
