import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTR, HTML_LINK, upToLastTagEnd, visibleHtmlText } from '../../../src/core/parse/markdown';
import { parsePost } from '../../../src/core/parse/post';

/**
 * Raw HTML in a draft is read with patterns that stay linear on hostile input (long runs of "<a"
 * or of letters with no ">" or "=" after them) and find exactly what the plain patterns found.
 * The plain patterns are kept here as the reference.
 */
const PLAIN_ATTR = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const plainVisible = (inner: string) => inner.replace(/<img\b[^>]*>/gi, (img) => / alt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(img)?.slice(1).find((v) => v !== undefined) ?? '').replace(/<[^>]*>/g, '');
const html = fc.string({ unit: fc.constantFrom('<', '>', 'a', 'i', 'm', 'g', ' ', '=', '"', "'", 'x', '-', '/', 'alt', 'href', '<img', '<a ', 'b'), maxLength: 40 });
const matches = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => [m.index, ...m]);

describe('raw HTML read in linear time, with the same results', () => {
  it('attributes, tags and visible text match the plain patterns on any input', () => {
    fc.assert(
      fc.property(html, (s) => {
        expect(matches(s, ATTR)).toEqual(matches(s, PLAIN_ATTR));
        expect(matches(upToLastTagEnd(s), HTML_LINK)).toEqual(matches(s, HTML_LINK));
        // visibleHtmlText also decodes entities and trims: compare on input without "&".
        expect(visibleHtmlText(s)).toBe(plainVisible(s).trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('a hostile draft of long runs of "<a", "<" or letters with no ">" or "=" is read (no timing assertion: the plain patterns take tens of seconds here, past the test timeout)', () => {
    const runs = ['<a'.repeat(150_000), '<'.repeat(300_000), 'a'.repeat(300_000), '<img'.repeat(75_000)];
    for (const run of runs) {
      expect(visibleHtmlText(run)).toBe(run);
      expect(matches(run, ATTR)).toEqual([]);
      // A raw HTML block holding the run: its links are read with HTML_LINK.
      const post = parsePost(`<div>\n${run}\n\nMore text with a [link](https://example.com/x).\n`);
      expect(post.links.map((l) => l.url)).toEqual(['https://example.com/x']);
    }
  });
});
