import { describe, expect, it } from 'vitest';
import { truncateToPixels, searchSnippet, TITLE_MAX_PX } from '../../../src/panel/snippet';
import { textWidth, TITLE_FONT_PX } from '../../../src/core/text/pixel-width';

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
    const s = searchSnippet('Title', 'https://blog.example.org/p', 'Desc');
    expect(s).toMatchObject({ url: 'https://blog.example.org/p', title: { text: 'Title' }, description: { text: 'Desc' } });
  });
});
