import { hasScheme, isImage, shortUrl, urlSites } from '../links/link-sites';
import type { Rule } from '../types';

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
      const what = isImage(l) ? 'image' : 'link';
      const resolved = base ? resolve(url, base) : undefined;
      const message = resolved
        ? `Relative ${what} “${shortUrl(url)}”: on the site it points to ${resolved}. It won't work where the post is read without the site (feeds, newsletters); check that this is the address you meant.`
        : base
          ? `Relative ${what} “${shortUrl(url)}” can't be resolved against the site base URL ${base}; check how it is written.`
          : `Relative ${what} “${shortUrl(url)}” only works on your own site. Set the site base URL in the options to see the full address it points to.`;
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
