import { describe, expect, it } from 'vitest';
import { truncateToPixels, searchSnippet } from '../../../src/panel/snippet';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/defaults';
import { textWidth, TITLE_FONT_PX, DESCRIPTION_FONT_PX } from '../../../src/core/text/pixel-width';

const TITLE_MAX_PX = DEFAULT_SCHEMA.titleMaxPixels;

describe('truncateToPixels', () => {
  it('leaves text that fits alone (whitespace collapsed)', () => {
    expect(truncateToPixels('Short  title\n', 600, 20)).toEqual({ text: 'Short title', truncated: false, pixels: textWidth('Short title', 20) });
  });

  it('cuts long text to the pixel budget with an ellipsis, at a word when close', () => {
    const long = 'A very long title about packing light for a week on the ridge trail with every gram counted twice';
    const t = truncateToPixels(long, TITLE_MAX_PX, TITLE_FONT_PX);
    expect(t.truncated).toBe(true);
    expect(t.text.endsWith(' …')).toBe(true);
    expect(textWidth(t.text, TITLE_FONT_PX)).toBeLessThanOrEqual(TITLE_MAX_PX);
    expect(long.startsWith(t.text.slice(0, -2))).toBe(true);
    expect(long[t.text.length - 2]).toBe(' ');
  });

  it('builds a snippet from title, URL and description', () => {
    const s = searchSnippet('Title', 'https://blog.example.org/p', 'Desc', DEFAULT_SCHEMA);
    expect(s).toMatchObject({ url: 'https://blog.example.org/p', title: { text: 'Title' }, description: { text: 'Desc' } });
  });

  it('cuts at the limits it is given (the schema\'s), not at a width of its own', () => {
    // 145 characters, about 940 px (capitals are wide): whole under the default 990 px, cut under
    // the 920 px the panel once used on its own, and under a site's 900.
    const description = 'Why we moved our Warsaw office build pipeline off self-hosted runners: Queue Times, Monthly Costs, and What We Would Do Differently Next Quarter.';
    const px = textWidth(description, DESCRIPTION_FONT_PX);
    expect(px).toBeGreaterThan(920);
    expect(px).toBeLessThanOrEqual(DEFAULT_SCHEMA.descriptionMaxPixels);
    expect(searchSnippet('T', '', description, DEFAULT_SCHEMA).description).toEqual({ text: description, truncated: false, pixels: px });
    const narrow = searchSnippet('T', '', description, { titleMaxPixels: 600, descriptionMaxPixels: 900 }).description;
    expect(narrow.truncated).toBe(true);
    expect(textWidth(narrow.text, DESCRIPTION_FONT_PX)).toBeLessThanOrEqual(900);
  });
});
