import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/single-h1';
import { check, fixed, withoutTitle, withTitle } from './body-context';

describe('single-h1', () => {
  it('flags every body H1 when the frontmatter has a title, and fixes it to H2', () => {
    const text = withTitle('# Morning\n\nText.\n\n# Evening\n\nMore.\n');
    const found = check(rule, text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['# Morning', '# Evening']);
    expect(found[0]!.message).toMatch(/title/);
    expect(fixed(text, found[0]!)).toBe(text.replace('# Morning', '## Morning'));
  });

  it('without a title, allows the first H1 and flags later ones', () => {
    const text = withoutTitle('# The page\n\nText.\n\n  # Another\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/second top-level/);
    expect(fixed(text, found[0]!)).toBe(text.replace('  # Another', '  ## Another'));
  });

  it('flags a setext H1 but offers no fix (an underline cannot express H2 safely here)', () => {
    const text = withTitle('Big words\n=========\n\nText.\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('leaves alone H2–H6, a single H1 without title, and # inside code', () => {
    expect(check(rule, withTitle('## One\n\n### Two\n\n```\n# not a heading\n```\n'))).toEqual([]);
    expect(check(rule, withoutTitle('# Only one\n\n## Sub\n'))).toEqual([]);
    expect(check(rule, withTitle('#hashtag is not a heading\n'))).toEqual([]);
  });

  it('keeps CRLF line endings when fixing', () => {
    const text = withTitle('# Morning\r\n\r\nText.\r\n', '\r\n');
    const [f] = check(rule, text);
    expect(fixed(text, f!)).toBe(text.replace('# Morning', '## Morning'));
  });
});
