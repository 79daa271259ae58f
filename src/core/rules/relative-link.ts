import { hasScheme, isImage, shortUrl, urlSites } from '../links/link-sites';
import type { Rule } from '../types';
import { t } from '../../i18n';

/**
 * Relative links and images work on the site itself but break wherever the post travels without
 * it (RSS readers, newsletters, social previews, a staging host). Shows where each one points.
 */
const rule: Rule = {
  id: 'relative-link',
  meta: { type: 'suggestion', docs: { description: 'Relative links and images, shown resolved against the site base URL.', anchor: 'rule-relative-link' } },
  defaultSeverity: 'info',
  check({ links, options }) {
    const base = validBase(options.baseUrl);
    return urlSites(links).flatMap((l) => {
      const url = l.url.trim();
      // Bare links and autolinks are absolute by construction (a URI, www., an e-mail address);
      // `#anchor` and `//host` are not path-relative.
      if (l.kind === 'bare' || l.kind === 'autolink' || !url || url.startsWith('#') || url.startsWith('//') || hasScheme(url) || /^www\./i.test(url)) return [];
      // (`www.…` without a scheme is a malformed-url finding, not a relative link.)
      const image = isImage(l);
      const resolved = base ? resolve(url, base) : undefined;
      const shown = shortUrl(url);
      const message = resolved
        ? t(options.locale, image ? 'ruleRelativeImageResolved' : 'ruleRelativeLinkResolved', { url: shown, resolved })
        : base
          ? t(options.locale, image ? 'ruleRelativeImageUnresolvable' : 'ruleRelativeLinkUnresolvable', { url: shown, base })
          : t(options.locale, image ? 'ruleRelativeImageNoBase' : 'ruleRelativeLinkNoBase', { url: shown });
      return [{ start: l.urlStart, end: l.urlEnd, message, data: { url: l.url, resolved } }];
    });
  },
};
export default rule;

function validBase(baseUrl: string | undefined): string | undefined {
  if (!baseUrl || !/^https?:\/\/[^/?#\s]+/i.test(baseUrl)) return undefined;
  return baseUrl;
}

/** WHATWG resolution (URL is a standard global in Node, browsers and the CLI alike). */
function resolve(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
