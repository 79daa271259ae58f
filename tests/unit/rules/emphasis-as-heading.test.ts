import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/emphasis-as-heading';
import { check, fixed, withoutTitle, withTitle } from './body-context';

describe('emphasis-as-heading', () => {
  it('flags a short bold line used as a section label and turns it into a heading one level down', () => {
    const text = withTitle('## Ferry times\n\n**Dates to remember:**\n\n* May: season opens\n* June: night trips\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('**Dates to remember:**');
    expect(found[0]!.message).toMatch(/### Dates to remember/);
    expect(fixed(text, found[0]!)).toBe(text.replace('**Dates to remember:**', '### Dates to remember'));
  });

  it('also catches italic and underscore labels, and ignores a pasted HTML comment after the label', () => {
    const text = withTitle('_Local groups_\n\nText.\n\n__Meetups near you__<!--StartFragment-->\n\nMore text.\n');
    const found = check(rule, text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['_Local groups_', '__Meetups near you__']);
    // The fix rewrites only the label; the comment is left for pasted-artifacts to remove.
    expect(fixed(text, found[1]!)).toBe(text.replace('__Meetups near you__', '## Meetups near you'));
  });

  it('under an H1 body heading with a title, counts that H1 as the H2 it should become', () => {
    const text = withTitle('# Section\n\n**Label**\n');
    expect(check(rule, text)[0]!.data).toEqual({ level: 3 });
    expect(check(rule, withoutTitle('# Page\n\n**Label**\n'))[0]!.data).toEqual({ level: 2 });
    // …and a label after a skipped level goes under the heading as heading-increment will fix it (H2 → H4 becomes H3).
    expect(check(rule, withTitle('## A\n\n#### B\n\n**Label**\n'))[0]!.data).toEqual({ level: 4 });
    expect(check(rule, withoutTitle('### Deep start\n\n**Label**\n'))[0]!.data).toEqual({ level: 4 });
  });

  it('flags a label wrapped over two lines but offers no fix (a heading is one line)', () => {
    const text = withTitle('**Dates to\nremember**\n\nText.\n');
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('leaves alone bold links used as calls to action', () => {
    expect(check(rule, withTitle('**[WATCH THE TALKS >>](https://video.test/list)**\n\n*[Read the report](https://r.test)*\n'))).toEqual([]);
  });

  it('leaves alone emphasis that is a sentence, long, or part of a paragraph', () => {
    const body = [
      '**Tickets sell out fast, so book early.**',
      '',
      `**${'A very long bold line that goes on and on about the harbour and its boats and the weather'}**`,
      '',
      'Some text with **bold words** inside it.',
      '',
      '**Bold start** followed by normal text',
      '',
      '* **Bold item in a list**',
      '',
      '> **Quoted label, sentence-like.**',
      '',
      '<!--StartFragment-->**After a comment**',
      '',
      '**—**',
      '',
      '_★ ★ ★_',
      '',
      '```',
      '**not markdown here**',
      '```',
    ].join('\n');
    expect(check(rule, withTitle(body))).toEqual([]);
  });
});
