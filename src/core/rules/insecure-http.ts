import { hostOf } from '../links/clean-url';
import { frontmatterUrls } from '../links/frontmatter-urls';
import { urlSites } from '../links/link-sites';
import type { Rule } from '../types';
import { t } from '../../i18n';

/** Hosts that are only reachable on one's own machine or network, where http is normal. */
const LOCAL = /^(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2})$|\.(?:localhost|local|internal)$/;

/** `http://` links: readers get a browser warning or a downgrade. No automatic fix: only a request can prove the https page exists. */
const rule: Rule = {
  id: 'insecure-http',
  meta: { type: 'suggestion', docs: { description: 'Links use https:// rather than http://.', anchor: 'rule-insecure-http' } },
  defaultSeverity: 'info',
  check({ links, frontmatter, text, options }) {
    const sites = [
      ...urlSites(links).map((l) => ({ url: l.url, start: l.urlStart, end: l.urlEnd, field: undefined as string | undefined })),
      ...frontmatterUrls(frontmatter, text).map((f) => ({ url: f.url, start: f.start, end: f.end, field: f.path as string | undefined })),
    ];
    return sites.flatMap(({ url, start, end, field }) => {
      const m = /^http:\/\/([^/?#]*)/i.exec(url);
      if (!m) return [];
      const host = hostOf(m[1]!);
      if (!host || LOCAL.test(host)) return [];
      return [
        {
          start,
          end,
          message: field === undefined ? t(options.locale, 'ruleInsecureHttpLink', { host }) : t(options.locale, 'ruleInsecureHttpField', { field, host }),
          data: { url, host },
        },
      ];
    });
  },
};
export default rule;
