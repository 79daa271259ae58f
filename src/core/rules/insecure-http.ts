import { hostOf } from '../links/clean-url';
import { frontmatterUrls } from '../links/frontmatter-urls';
import { urlSites } from '../links/link-sites';
import type { Rule } from '../types';

/** Hosts that are only reachable on one's own machine or network, where http is normal. */
const LOCAL = /^(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2})$|\.(?:localhost|local|internal)$/;

/** `http://` links: readers get a browser warning or a downgrade. No automatic fix: only a request can prove the https page exists. */
const rule: Rule = {
  id: 'insecure-http',
  meta: { type: 'suggestion', docs: { description: 'Links use https:// rather than http://.', anchor: 'rule-insecure-http' } },
  defaultSeverity: 'info',
  check({ links, frontmatter, text }) {
    const sites = [
      ...urlSites(links).map((l) => ({ url: l.url, start: l.urlStart, end: l.urlEnd, where: 'This link' })),
      ...frontmatterUrls(frontmatter, text).map((f) => ({ ...f, where: `The frontmatter field “${f.path}”` })),
    ];
    return sites.flatMap(({ url, start, end, where }) => {
      const m = /^http:\/\/([^/?#]*)/i.exec(url);
      if (!m) return [];
      const host = hostOf(m[1]!);
      if (!host || LOCAL.test(host)) return [];
      return [
        {
          start,
          end,
          message: `${where} uses http://, so browsers may mark it “Not secure” and the page can be altered on the way. Most sites also answer on https:// — change it by hand after checking that https://${host} works. It isn't changed automatically; the link checker can confirm the https address.`,
          data: { url, host },
        },
      ];
    });
  },
};
export default rule;
