import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';

const post = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('link extraction', () => {
  it('finds every kind of link with the url range exactly as written', () => {
    const text = post(
      [
        'Inline [docs](https://ex.test/a?utm_source=x "T") and <https://auto.test/p?q=1>.',
        'Bare https://bare.test/x?gclid=1 here and ![a cat](/img/cat.png).',
        'Ref [spec][s] and [spec again][S] and collapsed [s][].',
        '',
        '[s]: <https://spec.test/v1?fbclid=2> "Spec"',
        '',
        '<p>See <a class="x" href="https://html.test/?a=1&amp;utm_medium=m">the page</a> <img src=\'/i.png\' alt="pic"></p>',
        '',
        '`[not](a-link)` and',
        '',
        '```',
        '[also not](code.test)',
        '```',
      ].join('\n'),
    );
    const { links } = parsePost(text);
    for (const l of links) expect(text.slice(l.urlStart, l.urlEnd)).toBe(l.url);
    expect(links.map((l) => [l.kind, l.url, l.text])).toEqual([
      ['inline', 'https://ex.test/a?utm_source=x', 'docs'],
      ['autolink', 'https://auto.test/p?q=1', 'https://auto.test/p?q=1'],
      ['bare', 'https://bare.test/x?gclid=1', 'https://bare.test/x?gclid=1'],
      ['image', '/img/cat.png', 'a cat'],
      ['reference', 'https://spec.test/v1?fbclid=2', 'spec'],
      ['reference', 'https://spec.test/v1?fbclid=2', 'spec again'],
      ['reference', 'https://spec.test/v1?fbclid=2', 's'],
      ['definition', 'https://spec.test/v1?fbclid=2', undefined],
      ['html', 'https://html.test/?a=1&amp;utm_medium=m', 'the page'],
      ['html-image', '/i.png', 'pic'],
    ]);
    const refs = links.filter((l) => l.kind === 'reference');
    const def = links.find((l) => l.kind === 'definition')!;
    for (const r of refs) expect([r.urlStart, r.urlEnd]).toEqual([def.urlStart, def.urlEnd]);
  });

  it('keeps offsets right with CRLF line endings and a BOM', () => {
    const text = '\ufeff---\r\ntitle: T\r\n---\r\nLine one\r\n\r\n- item [a](https://a.test/?x=1)\r\n- item [b](https://b.test/)\r\n';
    const { links, frontmatter } = parsePost(text);
    expect(frontmatter.data).toEqual({ title: 'T' });
    expect(links).toHaveLength(2);
    for (const l of links) expect(text.slice(l.urlStart, l.urlEnd)).toBe(l.url);
  });

  it('handles destinations with balanced parentheses and escaped brackets', () => {
    const text = post('See [the \\[draft\\] page](https://w.test/wiki/A_(b)?utm_term=z) now.');
    const [link] = parsePost(text).links;
    expect(link!.url).toBe('https://w.test/wiki/A_(b)?utm_term=z');
    expect(text.slice(link!.urlStart, link!.urlEnd)).toBe(link!.url);
  });

  it('finds links inside lists, blockquotes, tables and emphasis', () => {
    const text = post('> quote [q](https://q.test/)\n\n* **[bold](https://b.test/)**\n  * nested [n](https://n.test/)\n\n| a | b |\n|---|---|\n| [t](https://t.test/) | x |\n');
    const urls = parsePost(text).links.map((l) => l.url);
    expect(urls).toEqual(['https://q.test/', 'https://b.test/', 'https://n.test/', 'https://t.test/']);
  });

  it('finds headings, links and e-mail autolinks in quotes and lists that hold no other link syntax', () => {
    // Inline content without any of [ < : @ www. is not walked for links; containers always are.
    const text = post('> ## Quoted heading\n>\n> plain words\n\n* item\n\n  ### Listed heading\n\nWrite to me@mail.test today\n\nVisit www.lower.test soon\n');
    const parsed = parsePost(text);
    expect(parsed.headings.map((h) => [h.depth, h.text, text.slice(h.start, h.end)])).toEqual([
      [2, 'Quoted heading', '## Quoted heading'],
      [3, 'Listed heading', '### Listed heading'],
    ]);
    expect(parsed.links.map((l) => text.slice(l.urlStart, l.urlEnd))).toEqual(['me@mail.test', 'www.lower.test']);
  });

  it('lists headings with GitHub-style slugs, numbering repeats', () => {
    const { headings } = parsePost(post('# Hello, World!\n\n## Hello, World!\n\nSetext\n---\n'));
    expect(headings.map((h) => [h.depth, h.text, h.slug])).toEqual([
      [1, 'Hello, World!', 'hello-world'],
      [2, 'Hello, World!', 'hello-world-1'],
      [2, 'Setext', 'setext'],
    ]);
  });
});
