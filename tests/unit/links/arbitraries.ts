import fc from 'fast-check';
import { frontmatterUrls } from '../../../src/core/links/frontmatter-urls';
import { parsePost } from '../../../src/core/parse/post';

/** Building blocks for property tests: URLs mixing tracking and ordinary parameters, and posts using them in every link form. */
const trackingNames = ['utm_source', 'utm_medium', 'utm\\_campaign', 'utm%5Fterm', 'gclid', 'gbraid', 'gad_source', 'fbclid', 'si', 'ajs_aid', 'mc_eid', 'eventOrigin', '_hsenc', 'igsh'];
const plainNames = ['page', 'q', 'v', 'list', 'id', 'sort', 'ref', 'x', 'feature', 'UTM_SOURCE', 'a%20b', ''];
const valueChar = fc.constantFrom(...'abcXYZ019-_.~%+=/:'.split(''), '%20', '%C3%A9', '%zz');

export const paramValue = fc.array(valueChar, { maxLength: 8 }).map((c) => c.join(''));
export const param = fc.tuple(fc.constantFrom(...trackingNames, ...plainNames), fc.option(paramValue, { nil: undefined })).map(([n, v]) => (v === undefined ? n : `${n}=${v}`));
export const host = fc.constantFrom('youtu.be', 'www.youtube.com', 'ex.test', 'www.meetup.com', 'open.spotify.com', 'a.b.test', 'Ex.Test:8080');
export const path = fc.constantFrom('', '/', '/p', '/a/b.html', '/wiki/A_(b)', '/x%20y');
export const fragment = fc.constantFrom('', '', '#top', '#a?utm_source=frag', '#');

/** A query string with its `?`, using `sep` between parameters ('' when there are none). */
export const query = (sep: string) => fc.oneof(fc.constantFrom('', '?'), fc.array(param, { minLength: 1, maxLength: 6 }).map((ps) => `?${ps.join(sep)}`));

export const httpUrl = (sep = '&') => fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', '//'), host, path, query(sep), fragment).map((p) => p.join(''));

/** Links the cleaner must never modify, each carrying tracking-looking parameters. */
export const untouchableUrl = fc.tuple(fc.constantFrom('mailto:me@ex.test', 'tel:+15551234', '/blog/post', '../up.html', 'page.md', 'ftp://files.test/f', 'htp://typo.test/', 'https://bad host.test/'), query('&')).map(([a, q]) => a + q);

const word = fc.constantFrom('the', 'post', 'Why?', 'a', 'link,', 'here.', '`code?x=1`', '**bold**', '_em_', '&amp;', '\\_', 'A(b)');
const prose = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
const text = fc.constantFrom('docs', 'here', '', 'read more', 'The [nested] one');

/** One piece of a post: prose or a link of some kind (a reference also yields a definition). */
const piece = fc.oneof(
  prose.map((p) => ({ body: p, defs: '' })),
  fc.tuple(text, fc.oneof(httpUrl(), untouchableUrl)).map(([t, u]) => ({ body: `[${t}](${u})`, defs: '' })),
  fc.tuple(text, httpUrl(), fc.constantFrom('', ' "Title"', " 'T?x=1'")).map(([t, u, title]) => ({ body: `![${t}](${u}${title})`, defs: '' })),
  httpUrl().map((u) => ({ body: `<${u}>`, defs: '' })),
  httpUrl().filter((u) => u.startsWith('http')).map((u) => ({ body: ` ${u} `, defs: '' })),
  fc.tuple(text, httpUrl('&amp;')).map(([t, u]) => ({ body: `<a href="${u}">${t}</a>`, defs: '' })),
  fc.tuple(fc.constantFrom('r1', 'R2', 'ref three'), fc.oneof(httpUrl(), untouchableUrl)).map(([label, u]) => ({ body: `[${label}] and [again][${label}]`, defs: `\n[${label}]: ${u}\n` })),
);

const frontmatterLine = fc.oneof(httpUrl().map((u) => `url: ${u}`), httpUrl().map((u) => `image: '${u}'`), fc.constant('title: A post'), fc.constant('draft: true'));

export const post = fc
  .tuple(fc.array(frontmatterLine, { maxLength: 3 }), fc.array(fc.array(piece, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([fm, paragraphs, nl]) => {
    const body = paragraphs.map((ps) => ps.map((p) => p.body).join(' ')).join('\n\n');
    const defs = paragraphs.flat().map((p) => p.defs).join('');
    // Frontmatter keys must be unique for it to parse; the last value of a key wins anyway.
    const seen = new Set<string>();
    const fmLines = fm.filter((l) => !seen.has(l.split(':')[0]!) && seen.add(l.split(':')[0]!));
    return `---\n${fmLines.join('\n')}\n---\n${body}\n${defs}`.replace(/\n/g, nl);
  });

/**
 * The text with the query string (`?…` up to `#` or the end) of every URL the parser finds — in
 * links and in frontmatter fields — cut out. Two texts that differ only inside query strings mask
 * to the same string. (A plain regex can't do this: a bare URL ends before trailing punctuation.)
 */
export function maskQueries(s: string): string {
  const parsed = parsePost(s);
  const ranges = [...parsed.links.map((l) => [l.urlStart, l.urlEnd] as const), ...frontmatterUrls(parsed.frontmatter, s).map((u) => [u.start, u.end] as const)];
  const unique = [...new Map(ranges.map((r) => [`${r[0]}:${r[1]}`, r])).values()].sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of unique) {
    if (start < cursor) continue;
    const url = s.slice(start, end);
    const hash = url.indexOf('#');
    const q = url.indexOf('?');
    if (q < 0 || (hash >= 0 && q > hash)) continue;
    out += s.slice(cursor, start + q);
    cursor = hash < 0 ? end : start + hash;
  }
  return out + s.slice(cursor);
}
