import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareLinkReflows, bareLinksReflow } from '../../../src/core/links/bare-reflow';
import { blockStart } from '../../../src/core/parse/paragraphs';

const edit = (text: string, url: string, to: string) => ({ start: text.indexOf(url), end: text.indexOf(url) + url.length, text: to });

describe('bareLinkReflows: a bare link rewritten must leave its paragraph read the same', () => {
  it('an underscore the edit removes lets emphasis swallow the address', () => {
    const text = 'See _this and https://ferry.example/?_hsenc&id=_&sort now.\n';
    expect(bareLinkReflows(text, edit(text, 'https://ferry.example/?_hsenc&id=_&sort', 'https://ferry.example/?id=_&sort'))).toBe(true);
  });

  it('a plain removal leaves it alone, also with the same address twice in the paragraph', () => {
    const text = 'Timetable: https://ferry.example/?utm_source=x&id=2 and again https://ferry.example/?utm_source=x&id=2 today.\n\nNext paragraph _with emphasis_.\n';
    const url = 'https://ferry.example/?utm_source=x&id=2';
    const second = { start: text.lastIndexOf(url), end: text.lastIndexOf(url) + url.length, text: 'https://ferry.example/?id=2' };
    expect(bareLinkReflows(text, edit(text, url, 'https://ferry.example/?id=2'))).toBe(false);
    expect(bareLinkReflows(text, second)).toBe(false);
  });

  it('reads only the paragraph holding the link (CRLF and blank lines with spaces count as breaks)', () => {
    const text = 'First _paragraph\r\n  \r\nLink https://ferry.example/?_hsenc&id=2 here.\r\n\r\nLast_ one.\r\n';
    expect(bareLinkReflows(text, edit(text, 'https://ferry.example/?_hsenc&id=2', 'https://ferry.example/?id=2'))).toBe(false);
  });

  it('several edits of one paragraph are read together, in any order; no edits change nothing', () => {
    const text = 'Docs _x https://ferry.example/?_hsenc&id=2 and https://ferry.example/?a=_1&utm_source=y today.\n';
    const a = edit(text, 'https://ferry.example/?_hsenc&id=2', 'https://ferry.example/?id=2');
    const b = edit(text, 'https://ferry.example/?a=_1&utm_source=y', 'https://ferry.example/?a=_1');
    expect(bareLinksReflow(text, [a, b])).toBe(bareLinksReflow(text, [b, a]));
    expect(bareLinksReflow(text, [])).toBe(false);
  });

  it('a paragraph indented under a list item is read as the paragraph it is, not as code', () => {
    const text = '-   First item\n\n    More about it at https://ferry.example/?utm_source=news&id=2 today.\n\n-   Second item\n';
    expect(bareLinkReflows(text, edit(text, 'https://ferry.example/?utm_source=news&id=2', 'https://ferry.example/?id=2'))).toBe(false);
    const swallowed = '-   First item\n\n    More _at https://ferry.example/?_hsenc&id=_&sort now.\n';
    expect(bareLinkReflows(swallowed, edit(swallowed, 'https://ferry.example/?_hsenc&id=_&sort', 'https://ferry.example/?id=_&sort'))).toBe(true);
  });
});

describe('blockStart', () => {
  /** The walk back line by line it replaced (quadratic over many links in one long paragraph), kept as the reference. */
  function walkBack(text: string, at: number): number {
    let lineStart = text.lastIndexOf('\n', at - 1) + 1;
    while (lineStart > 0) {
      const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (/^[ \t]*\r?$/.test(text.slice(previous, lineStart - 1))) return lineStart;
      lineStart = previous;
    }
    return 0;
  }

  it('finds the paragraph start exactly as walking back line by line does', () => {
    const text = fc.string({ unit: fc.constantFrom('\n', ' ', '\t', '\r', 'a', 'b'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const at = t.length ? n % (t.length + 1) : 0;
        expect(blockStart(t, at)).toBe(walkBack(t, at));
      }),
      { numRuns: 5000 },
    );
  });
});
