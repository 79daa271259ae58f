import { describe, expect, it } from 'vitest';
import { placeLinkResults } from '../../../src/core/linkcheck';
import { fragmentCandidates, postAnchors } from '../../../src/core/links/anchors';
import { parsePost } from '../../../src/core/parse/post';

/** The #fragment links of a post that lead nowhere (checked offline, like the panel and CLI do). */
function missing(body: string): string[] {
  const text = `---\ntitle: T\n---\n${body}\n`;
  const { diagnostics } = placeLinkResults(parsePost(text), () => undefined);
  return diagnostics.map((d) => text.slice(d.start, d.end));
}

describe('fragment links', () => {
  it('accept {#custom-id} heading ids (Hugo, Jekyll/kramdown, Pandoc) instead of the generated slug', () => {
    const body = ['## Installing on Linux {#setup}', '## Usage {#use .wide}', '## FAQ {: #questions}', '', '[a](#setup) [b](#use) [c](#questions) [d](#installing-on-linux)'].join('\n');
    expect(missing(body)).toEqual(['#installing-on-linux']);
    const post = parsePost(`${body}\n`);
    expect(post.headings.map((h) => [h.text, h.slug])).toEqual([['Installing on Linux', 'setup'], ['Usage', 'use'], ['FAQ', 'questions']]);
  });

  it('accept MDX comment heading ids ({/*id*/}) as the page renders them', () => {
    const body = ['## Harbour timer {/*timer*/}', '## Tide tables', '', '[a](#timer) [b](#tide-tables) [c](#harbour-timer)'].join('\n');
    expect(missing(body)).toEqual(['#harbour-timer']);
    expect(parsePost(`${body}\n`).headings.map((h) => [h.text, h.slug])).toEqual([['Harbour timer', 'timer'], ['Tide tables', 'tide-tables']]);
  });

  it('accept HTML id and name anchors, but not ones shown as code', () => {
    const body = ['<a name="top-of-list"></a>', '', 'Text <span id="faq">here</span>.', '', '<h2 id=\'raw\'>Raw</h2>', '', '```html', '<div id="in-code"></div>', '```', '', 'Inline `<b id="inline-code">`.', '', '[a](#top-of-list) [b](#faq) [c](#raw) [d](#in-code) [e](#inline-code)'].join('\n');
    expect(missing(body)).toEqual(['#in-code', '#inline-code']);
  });

  it('accept backslash-escaped and percent-encoded fragments', () => {
    const body = ['## a_b', '## Ünïcode heading', '', '[x](#a\\_b) [y](#%C3%BCn%C3%AFcode-heading) [z](#a\\_c)'].join('\n');
    expect(missing(body)).toEqual(['#a\\_c']);
    expect(fragmentCandidates('#a\\_b')).toContain('a_b');
  });

  it('collects anchors without a body (headings only)', () => {
    expect([...postAnchors([{ slug: 'x' }])]).toEqual(['x']);
  });
});
