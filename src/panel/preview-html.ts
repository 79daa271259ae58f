import DOMPurify from 'dompurify';

/**
 * The post's rendered HTML made safe to show: DOMPurify removes scripts, event handlers and
 * javascript: URLs; relative links and images are resolved against the site's base URL (as
 * they would be on the published page); links open in a new tab without an opener.
 * Returns a fragment so no HTML string is ever assigned to innerHTML by the panel.
 */
export function safePreview(html: string, baseUrl: string | undefined, win: Window & typeof globalThis = window): DocumentFragment {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const attr of ['href', 'src'] as const) {
      const value = node.getAttribute(attr);
      if (value === null) continue;
      const resolved = resolveUrl(value, baseUrl);
      if (resolved === undefined) node.removeAttribute(attr);
      else node.setAttribute(attr, resolved);
    }
    // A missing alt text is reported by the checks; in the preview the image is treated as
    // decorative so a screen reader doesn't read out its file name.
    if (node.tagName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'iframe'], FORBID_ATTR: ['style'] });
}

/**
 * `undefined` = drop the attribute: a relative URL with no base to resolve against would
 * otherwise point into the extension itself. `#fragment` links stay as they are.
 */
export function resolveUrl(value: string, baseUrl: string | undefined): string | undefined {
  if (value.startsWith('#')) return value;
  try {
    return new URL(value).href;
  } catch {
    // Relative: needs a base.
  }
  if (!baseUrl) return undefined;
  try {
    return new URL(value, baseUrl).href;
  } catch {
    return undefined;
  }
}
