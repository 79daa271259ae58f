// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { resolveUrl, safePreview } from '../../../src/panel/preview-html';

const html = (f: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(f);
  return div;
};

describe('safePreview', () => {
  it('removes scripts, handlers and javascript: links but keeps the content', () => {
    const div = html(safePreview('<p>Hi <a href="javascript:alert(1)">x</a></p><script>alert(1)</script><img src="a.png" onerror="alert(1)"><p onclick="x()">t</p>', 'https://blog.example.org/'));
    expect(div.querySelectorAll('script')).toHaveLength(0);
    expect([...div.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(div.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(div.textContent).toContain('Hi x');
  });

  it('resolves relative links and images against the base URL, opens links without an opener', () => {
    const div = html(safePreview('<a href="/about">a</a><img src="img/b.png" alt="b">', 'https://blog.example.org/posts/'));
    expect(div.querySelector('a')!.getAttribute('href')).toBe('https://blog.example.org/about');
    expect(div.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(div.querySelector('img')!.getAttribute('src')).toBe('https://blog.example.org/posts/img/b.png');
  });

  it('drops relative URLs when there is no base (they would point into the extension) and marks alt-less images decorative', () => {
    const div = html(safePreview('<img src="/x.png"><a href="#top">t</a>', undefined));
    expect(div.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(div.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(div.querySelector('a')!.getAttribute('href')).toBe('#top');
  });

  it('resolveUrl keeps absolute URLs as the URL parser writes them', () => {
    expect(resolveUrl('https://EXAMPLE.org/a b', undefined)).toBe('https://example.org/a%20b');
    expect(resolveUrl('x', 'not a base')).toBeUndefined();
  });
});
