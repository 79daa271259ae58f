import { hostOf } from '../links/clean-url';
import { decodesEntities, urlSites } from '../links/link-sites';
import type { LinkRef, Rule } from '../types';

/** Link addresses that cannot work as written: empty, spaces, broken %-escapes, mistyped schemes. */
const rule: Rule = {
  id: 'malformed-url',
  meta: { type: 'problem', docs: { description: 'Link addresses are well-formed (no spaces, valid %-escapes, a correct http(s):// scheme, not empty).', anchor: 'rule-malformed-url' } },
  defaultSeverity: 'error',
  check({ links }) {
    return urlSites(links).flatMap((link) => {
      const problem = problemOf(link);
      if (!problem) return [];
      const empty = link.urlStart === link.urlEnd;
      return [{ start: empty ? link.start : link.urlStart, end: empty ? link.end : link.urlEnd, message: problem, data: { url: link.url } }];
    });
  },
};
export default rule;

function problemOf(link: LinkRef): string | undefined {
  const url = decodesEntities(link) ? link.url.replace(/&(?:amp|#0*38|#x0*26);/gi, '&') : link.url;
  const what = link.kind.includes('image') ? 'image' : 'link';
  if (!url.trim()) return `This ${what} has no address: add the URL it should point to, or remove the ${what}.`;
  if (/\s/.test(url)) return `This ${what} address contains a space, which breaks it in many places. Remove the space, or write it as %20 if it belongs in the address.`;
  if (/^www\.[^/?#]+\.[^/?#]/i.test(url) && link.kind !== 'bare' && link.kind !== 'autolink') {
    return `This address starts with “www.” but has no https://, so it is read as a page of your own site. Write https://${url.split(/[/?#]/)[0]}… instead.`;
  }
  const scheme = schemeTypo(url);
  if (scheme) return `This address starts with “${scheme.written}”, which browsers don't understand. Write “${scheme.meant}” instead.`;
  if (/%(?![0-9a-f]{2})/i.test(url)) return `This ${what} address has a “%” that isn't followed by two hex digits, so it can't be decoded. Write a literal % as %25, or fix the escape.`;
  const host = /^https?:\/\/([^/?#]*)/i.exec(url);
  if (host && !hostOf(host[1]!)) {
    return host[1] ? `The site name “${host[1]}” in this address isn't valid. Check it for stray characters.` : `This address has no site name after “//”. Add the domain, e.g. https://example.com/…`;
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
