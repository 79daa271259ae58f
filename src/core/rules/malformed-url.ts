import { hostOf } from '../links/clean-url';
import { decodesEntities, urlSites } from '../links/link-sites';
import type { LinkRef, Rule } from '../types';
import { t, type Locale } from '../../i18n';

/** Link addresses that cannot work as written: empty, spaces, broken %-escapes, mistyped schemes. */
const rule: Rule = {
  id: 'malformed-url',
  meta: { type: 'problem', docs: { description: 'Link addresses are well-formed (no spaces, valid %-escapes, a correct http(s):// scheme, not empty).', anchor: 'rule-malformed-url' } },
  defaultSeverity: 'error',
  check({ links, options }) {
    return urlSites(links).flatMap((link) => {
      const problem = problemOf(link, options.locale);
      if (!problem) return [];
      const empty = link.urlStart === link.urlEnd;
      return [{ start: empty ? link.start : link.urlStart, end: empty ? link.end : link.urlEnd, message: problem, data: { url: link.url } }];
    });
  },
};
export default rule;

function problemOf(link: LinkRef, locale: Locale | undefined): string | undefined {
  const url = decodesEntities(link) ? link.url.replace(/&(?:amp|#0*38|#x0*26);/gi, '&') : link.url;
  const image = link.kind.includes('image');
  if (!url.trim()) return t(locale, image ? 'ruleMalformedImageEmpty' : 'ruleMalformedLinkEmpty');
  if (/\s/.test(url)) return t(locale, image ? 'ruleMalformedImageSpace' : 'ruleMalformedLinkSpace');
  if (/^www\.[^/?#]+\.[^/?#]/i.test(url) && link.kind !== 'bare' && link.kind !== 'autolink') {
    return t(locale, 'ruleMalformedWww', { host: url.split(/[/?#]/)[0]! });
  }
  const scheme = schemeTypo(url);
  if (scheme) return t(locale, 'ruleMalformedScheme', { written: scheme.written, meant: scheme.meant });
  if (/%(?![0-9a-f]{2})/i.test(url)) return t(locale, image ? 'ruleMalformedImagePercent' : 'ruleMalformedLinkPercent');
  const host = /^https?:\/\/([^/?#]*)/i.exec(url);
  if (host && !hostOf(host[1]!)) {
    return host[1] ? t(locale, 'ruleMalformedHost', { host: host[1] }) : t(locale, 'ruleMalformedNoHost');
  }
  return undefined;
}

/** `htp://`, `https//`, `http:/x`, `https:x`, `http;//`, `hhtps://`, `ttps://`… — typos in the scheme. */
function schemeTypo(url: string): { written: string; meant: string } | undefined {
  const m = /^(h*t+p+(s?)s*)([:;]?)(\/{0,3})/i.exec(url);
  if (!m) return undefined;
  const [written, word, s, colon, slashes] = m as unknown as [string, string, string, string, string];
  const meant = s ? 'https://' : 'http://';
  if (/^https?$/i.test(word)) {
    if (colon === ':') return slashes === '//' ? undefined : { written, meant };
    // `https//…` is a typo; a relative path such as `http/notes.md` is left alone.
    return slashes.length >= 2 ? { written, meant } : undefined;
  }
  // Not a scheme attempt unless a colon or `//` follows (`httpd.conf` is a relative path), and
  // it must look like http with a letter doubled or dropped (`htp`, `hhttps`, `ttps`).
  if (!colon && slashes.length < 2) return undefined;
  return /^(?:h|tt)/i.test(word) ? { written, meant } : undefined;
}
