/**
 * Site addresses as the extension's contexts speak of them: permissions are asked and kept per
 * site (a match pattern), link checks are grouped per web origin. Shared by the background, the
 * panel and the options page, so it lives below all three.
 */

/** `https://example.org/anything` → `https://example.org/*`, the match pattern for one site. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** `https://example.org` for a web address (relative ones resolved against the base), else undefined. */
export function webOrigin(url: string, baseUrl?: string): string | undefined {
  try {
    const u = new URL(url.trim(), baseUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
