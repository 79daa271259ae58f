import { describe, expect, it } from 'vitest';
import { codeRanges, inlineOf, locatedBlocks, overlapsAny } from '../../../src/core/parse/located';
import { parsePost } from '../../../src/core/parse/post';

describe('located tokens', () => {
  it('places blocks and, on demand, their inline tokens at their offsets in the original text, CRLF included', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['---', 'title: T', '---', '# Head', '', 'Some **bold** and `code`.', '', '* item with [a link](https://x.test)', '* second'].join(eol) + eol;
      const { body } = parsePost(text);
      const blocks = locatedBlocks(body);
      for (const b of blocks) expect(text.slice(b.start, b.end).replace(/\r\n/g, '\n')).toBe(b.token.raw);
      const paragraph = blocks.find((b) => b.token.type === 'paragraph')!;
      const inline = inlineOf(body, paragraph.token);
      expect(inline.map((i) => [i.token.type, text.slice(i.start, i.end)])).toEqual([
        ['text', 'Some '],
        ['strong', '**bold**'],
        ['text', 'bold'],
        ['text', ' and '],
        ['codespan', '`code`'],
        ['text', '.'],
      ]);
      // Asking again returns the same placements.
      expect(inlineOf(body, paragraph.token)).toEqual(inline);
      const item = blocks.filter((b) => b.token.type === 'text')[0]!;
      expect(inlineOf(body, item.token).find((i) => i.token.type === 'link')!.parent?.token).toBe(item.token);
    }
  });

  it('collects code ranges from spans, blocks and HTML <pre>/<code>, merged and searchable', () => {
    const text = '---\ntitle: T\n---\nA `span` here.\n\n```\nblock\n```\n\n<pre>raw <code>x</code></pre>\n\n* item `in list`\n  wrapped `second`\n';
    const { body } = parsePost(text);
    const ranges = codeRanges(body);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['`span`', '```\nblock\n```', '<pre>raw <code>x</code></pre>', '`in list`', '`second`']);
    const at = text.indexOf('block');
    expect(overlapsAny(ranges, at, at + 5)).toBe(true);
    expect(overlapsAny(ranges, text.indexOf('here'), text.indexOf('here') + 4)).toBe(false);
    expect(overlapsAny(ranges, text.indexOf('`span`'), text.indexOf('`span`'))).toBe(true); // an empty range at a code offset
  });

  it('does not reuse offsets when the same tokens sit under a body that moved', () => {
    const a = parsePost('---\ntitle: T\n---\nHello `x`.\n');
    const moved = { ...a.body, start: a.body.start + 3, text: a.body.text };
    const first = locatedBlocks(a.body)[0]!;
    const second = locatedBlocks(moved)[0]!;
    expect(second.start).toBe(first.start + 3);
  });
});
