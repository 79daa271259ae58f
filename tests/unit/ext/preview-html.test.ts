// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mediaOrigins, mediaUrl, previewNavigation, renderPreview, resolveUrl, safePreview, srcsetCandidates, type PreviewOptions } from '../../../src/panel/preview-html';

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

const render = (source: string, options: PreviewOptions = { baseUrl: 'https://blog.example.org/posts/', remoteMedia: 'load' }) => {
  const out = renderPreview(source, options);
  return { div: html(out.fragment), held: out.held };
};
const attrs = (el: Element | null) => Object.fromEntries([...(el?.attributes ?? [])].map((a) => [a.name, a.value]));

describe('renderPreview: nothing in the preview navigates the panel', () => {
  it('every link kind opens in a new tab without opener or referrer: HTML a and area, SVG a with href or xlink:href', () => {
    const { div } = render(
      '<a href="https://x.test/a" target="_self">a</a><map name="m"><area href="/b" shape="rect" coords="0,0,9,9" target="_top"></map>' +
        '<svg><a href="https://x.test/svg"><text>s</text></a><a xlink:href="/svg-xlink" target="_self"><text>t</text></a></svg>',
    );
    const expected = { target: '_blank', rel: 'noopener noreferrer' };
    expect(attrs(div.querySelector('a'))).toEqual({ href: 'https://x.test/a', ...expected });
    expect(attrs(div.querySelector('area'))).toMatchObject({ href: 'https://blog.example.org/b', ...expected });
    const [svgA, svgXlink] = div.querySelectorAll('svg a');
    expect(attrs(svgA!)).toEqual({ href: 'https://x.test/svg', ...expected });
    expect(attrs(svgXlink!)).toEqual({ href: 'https://blog.example.org/svg-xlink', ...expected });
  });

  it('links to anything but http(s), mailto or a #fragment lose their href: extension pages, data:, file:, relative without a base', () => {
    const { div } = render(
      '<a href="chrome-extension://abc/src/options/options.html">1</a><a href="moz-extension://abc/x.html">2</a><a href="data:text/html,hi">3</a>' +
        '<a href="file:///etc/passwd">4</a><svg><a href="chrome-extension://abc/options.html"><text>5</text></a><a xlink:href="javascript:alert(1)"><text>6</text></a></svg>' +
        '<a href="mailto:desk@example.org">7</a><a href="#part-2">8</a>',
    );
    const hrefs = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([null, null, null, null, null, null, 'mailto:desk@example.org', '#part-2']);
    const relative = render('<a href="../options/options.html">r</a><svg><a href="/src/options/options.html"><text>s</text></a></svg>', { remoteMedia: 'load' }).div;
    expect([...relative.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, null]);
  });

  it('removes MathML links, form targets, pings, downloads, xml:base, srcdoc and SMIL animation', () => {
    const { div } = render(
      '<math><mi href="https://x.test/m">x</mi><mtext xlink:href="https://x.test/n">y</mtext></math>' +
        '<button formaction="https://x.test/f" formtarget="_top" form="f">b</button><input type="submit" formaction="/g">' +
        '<a href="https://x.test/p" ping="https://x.test/ping" download="x">p</a><svg xml:base="https://evil.test/"><a href="#k"><text>k</text></a>' +
        '<animate attributeName="href" values="https://evil.test/"/><set attributeName="href" to="https://evil.test/"/><animateTransform attributeName="transform"/></svg>',
    );
    for (const el of div.querySelectorAll('*')) {
      for (const name of ['formaction', 'formtarget', 'form', 'ping', 'download', 'xml:base', 'attributename', 'srcdoc', 'action']) expect(el.hasAttribute(name), `${el.localName} ${name}`).toBe(false);
    }
    expect(div.querySelector('mi')!.hasAttribute('href')).toBe(false);
    expect(div.querySelector('mtext')!.hasAttribute('xlink:href')).toBe(false);
    expect(div.querySelectorAll('animate, set, animateTransform')).toHaveLength(0);
  });

  it('SVG references other than links and images stay inside the document', () => {
    const { div } = render('<svg><linearGradient id="g" href="https://evil.test/grad.svg#g"/><pattern id="p" xlink:href="#g"/><textPath href="#path">t</textPath></svg>');
    expect(div.querySelector('lineargradient, linearGradient')!.hasAttribute('href')).toBe(false);
    expect(div.querySelector('pattern')!.getAttribute('href')).toBe('#g');
    expect(div.querySelector('textPath, textpath')!.getAttribute('href')).toBe('#path');
  });

  it('presentation attributes fetch nothing from outside the document (fill, mask, clip-path, filter: url(#id) only)', () => {
    const { div } = render(
      '<svg><rect id="r" fill="url(https://evil.test/p.svg#g)" mask="url(\'https://evil.test/m.png\')" clip-path="url( &quot;//evil.test/c.svg#c&quot; )" filter="url(#blur)" stroke="url(#g) red" cursor="\\75 rl(https://evil.test/x)" width="10"/></svg>',
    );
    const rect = div.querySelector('rect')!;
    expect(['fill', 'mask', 'clip-path', 'cursor'].filter((a) => rect.hasAttribute(a))).toEqual([]);
    expect(rect.getAttribute('filter')).toBe('url(#blur)');
    expect(rect.getAttribute('stroke')).toBe('url(#g) red');
    expect(rect.getAttribute('width')).toBe('10');
  });
});

describe('renderPreview: remote media', () => {
  const post =
    '<img src="/own.png" alt="own"><img src="https://cdn.other.test/a.png" alt="a"><img srcset="https://cdn.other.test/b.png 1x, /own-2x.png 2x" alt="b">' +
    '<video poster="https://video.test/p.jpg" src="https://video.test/v.mp4" autoplay></video><audio><source src="https://audio.test/s.mp3"></audio>' +
    '<svg><image href="https://img.test/i.png"/><filter><feImage xlink:href="https://img.test/f.png"/></filter></svg><table background="https://bg.test/t.png"><tr><td>x</td></tr></table>' +
    '<math><mglyph src="https://glyph.test/g.png"/></math><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">';

  it('"ask" holds back everything not from a trusted origin, counts the elements and names the hosts', () => {
    const { div, held } = render(post, { baseUrl: 'https://blog.example.org/', remoteMedia: 'ask', trustedOrigins: mediaOrigins('https://blog.example.org/', 'http://127.0.0.1:8080/admin/') });
    const fetched = [...div.querySelectorAll('*')].flatMap((el) => ['src', 'srcset', 'poster', 'background', 'href', 'xlink:href'].flatMap((a) => (el.getAttribute(a) ? [el.getAttribute(a)!] : [])));
    expect(fetched).toEqual(['https://blog.example.org/own.png', 'https://blog.example.org/own-2x.png 2x', 'data:image/png;base64,iVBORw0KGgo=']);
    expect(held).toEqual({ count: 8, hosts: ['audio.test', 'bg.test', 'cdn.other.test', 'glyph.test', 'img.test', 'video.test'] });
    expect(div.querySelectorAll('[data-held]')).toHaveLength(8);
    expect(div.querySelector('video')!.hasAttribute('autoplay')).toBe(false);
    expect(div.querySelector('img[alt="own"]')!.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('"load" fetches them all (still without autoplay), and nothing is marked', () => {
    const { div, held } = render(post, { baseUrl: 'https://blog.example.org/', remoteMedia: 'load' });
    expect(held).toEqual({ count: 0, hosts: [] });
    expect(div.querySelector('img[alt="a"]')!.getAttribute('src')).toBe('https://cdn.other.test/a.png');
    expect(div.querySelector('image')!.getAttribute('href')).toBe('https://img.test/i.png');
    expect(div.querySelectorAll('[data-held]')).toHaveLength(0);
  });

  it('mediaUrl applies the same rule to one address (the social card image)', () => {
    const options: PreviewOptions = { remoteMedia: 'ask', trustedOrigins: ['https://blog.example.org'] };
    expect(mediaUrl('https://blog.example.org/card.png', options)).toEqual({ url: 'https://blog.example.org/card.png', held: false, host: 'blog.example.org' });
    expect(mediaUrl('https://cdn.other.test/card.png', options)).toEqual({ held: true, host: 'cdn.other.test' });
    expect(mediaUrl('chrome-extension://abc/x.png', options)).toEqual({ held: false, host: '' });
  });

  it('reads srcset candidates as the HTML parser does (commas inside URLs, descriptors)', () => {
    expect(srcsetCandidates('a.png 1x,b,c.png 2x ,  data:image/png;base64,AAA= 3x')).toEqual([
      { url: 'a.png', descriptor: '1x' },
      { url: 'b,c.png', descriptor: '2x' },
      { url: 'data:image/png;base64,AAA=', descriptor: '3x' },
    ]);
    expect(srcsetCandidates('x.png, y.png 100w')).toEqual([{ url: 'x.png', descriptor: '' }, { url: 'y.png', descriptor: '100w' }]);
  });
});

describe('previewNavigation: what a click in the preview does', () => {
  it('open for http(s)/mailto links (HTML, area, SVG), fragment for #ids, none for other links, null off links', () => {
    const { div } = render('<p id="p"><a href="https://x.test/"><b>bold</b></a><a>no href</a><a href="#sec%20two">f</a></p><svg><a href="https://x.test/s"><text>t</text></a></svg><span>plain</span>');
    const [a, bare, frag] = div.querySelectorAll('a');
    expect(previewNavigation(a!.querySelector('b'), div)).toEqual({ kind: 'open', url: 'https://x.test/' });
    expect(previewNavigation(bare!, div)).toEqual({ kind: 'none' });
    expect(previewNavigation(frag!, div)).toEqual({ kind: 'fragment', id: 'sec two' });
    expect(previewNavigation(div.querySelector('svg text'), div)).toEqual({ kind: 'open', url: 'https://x.test/s' });
    expect(previewNavigation(div.querySelector('span'), div)).toBeNull();
    // Even a link the sanitizer would never produce is only ever opened, never followed in place.
    const odd = document.createElement('a');
    odd.setAttribute('href', 'chrome-extension://abc/src/options/options.html');
    div.append(odd);
    expect(previewNavigation(odd, div)).toEqual({ kind: 'none' });
  });
});
