import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';

const post = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('inline HTML links', () => {
  it('gets the text and the whole <a>…</a> range although marked splits the tags', () => {
    const text = post('Read <a href="https://a.test/?x=1">the <b>full</b> story</a> and <A HREF=\'https://b.test/\'><img src="/l.png" alt="Logo &amp; name"></a >.\n');
    const links = parsePost(text).links.filter((l) => l.kind === 'html');
    expect(links.map((l) => [l.text, text.slice(l.start, l.end)])).toEqual([
      ['the full story', '<a href="https://a.test/?x=1">the <b>full</b> story</a>'],
      ['Logo & name', '<A HREF=\'https://b.test/\'><img src="/l.png" alt="Logo &amp; name"></a >'],
    ]);
    for (const l of links) expect(text.slice(l.urlStart, l.urlEnd)).toBe(l.url);
  });

  it('does not pair an anchor with a closing tag from another paragraph or anchor', () => {
    const text = post('Open <a href="https://a.test/">never closed\n\nLater <a href="https://b.test/">b</a>.\n');
    const [a, b] = parsePost(text).links;
    expect(a!.text).toBeUndefined();
    expect(text.slice(a!.start, a!.end)).toBe('<a href="https://a.test/">');
    expect(b!.text).toBe('b');
  });
});

describe('repeated links', () => {
  it('maps identical table cells and list items to their own places', () => {
    const text = post('| [t](https://t.test/?si=1) | [t](https://t.test/?si=1) |\n|---|---|\n| [t](https://t.test/?si=1) | [t](https://t.test/?si=1) |\n\n- [x](https://x.test/)\n- [x](https://x.test/)\n');
    const links = parsePost(text).links;
    expect(links).toHaveLength(6);
    expect(new Set(links.map((l) => l.urlStart)).size).toBe(6);
    for (const l of links) expect(text.slice(l.urlStart, l.urlEnd)).toBe(l.url);
  });
});
