import type { Heading } from '../types';

/**
 * Every `#fragment` a post's page will have: its headings' anchors (generated slugs, or the ids
 * written as `{#id}`), and the `id` and `name` attributes of its raw HTML (`<a name="top">`,
 * `<span id="faq">`, `<h2 id="x">`). HTML inside code (fenced, indented or inline) is not HTML.
 */
export function postAnchors(headings: readonly Pick<Heading, 'slug'>[], body = ''): Set<string> {
  const anchors = new Set(headings.map((h) => h.slug));
  if (!/\b(?:id|name)\s*=/i.test(body)) return anchors;
  const html = body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, '')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const a of tag[0].matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      const value = a[1] ?? a[2] ?? a[3] ?? '';
      if (value) anchors.add(value);
    }
  }
  return anchors;
}

/**
 * The fragment a link points at, as the browser will look it up: markdown backslash escapes
 * undone (`#a\_b` is `#a_b`) and %XX decoded. Both the decoded and the written form are tried.
 */
export function fragmentCandidates(url: string): string[] {
  const written = url.trim().replace(/^#/, '');
  const unescaped = written.replace(/\\([!-\/:-@[-`{-~])/g, '$1');
  const out = new Set([written, unescaped]);
  for (const f of [written, unescaped]) {
    try {
      out.add(decodeURIComponent(f));
    } catch {
      // not valid percent-encoding: keep as written
    }
  }
  return [...out];
}
