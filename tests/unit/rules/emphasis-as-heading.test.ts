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
    // Only a paragraph that is exactly the label gets a fix; the comment is left for pasted-artifacts.
    expect(found[0]!.fix).toBeDefined();
    expect(found[1]!.fix).toBeUndefined();
  });

  it('under an H1 body heading with a title, counts that H1 as the H2 it should become', () => {
    const text = withTitle('# Section\n\n**Label**\n');
    expect(check(rule, text)[0]!.data).toEqual({ level: 3 });
    expect(check(rule, withoutTitle('# Page\n\n**Label**\n'))[0]!.data).toEqual({ level: 2 });
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
      '```',
      '**not markdown here**',
      '```',
    ].join('\n');
    expect(check(rule, withTitle(body))).toEqual([]);
  });
});
