import { resolveUrl } from './preview-html';

/** Reads a dotted path (`seo.description`) from parsed frontmatter; strings only. */
export function stringAt(data: Record<string, unknown>, path: string): string | undefined {
  let cur: unknown = data;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  if (typeof cur === 'string') return cur;
  if (typeof cur === 'number') return String(cur);
  return undefined;
}

const first = (data: Record<string, unknown>, paths: string[]) => {
  for (const p of paths) {
    const v = stringAt(data, p);
    if (v !== undefined && v.trim()) return v;
  }
  return undefined;
};

export interface SocialCard {
  title: string;
  description: string;
  image?: string;
  site: string;
  url: string;
}

/** What a social network would show for the post, from the usual frontmatter and Open Graph fields. */
export function socialCard(data: Record<string, unknown>, descriptionPath: string, baseUrl: string | undefined): SocialCard {
  const title = first(data, ['og.title', 'seo.title', 'title']) ?? '';
  const description = first(data, ['og.description', descriptionPath, 'seo.description', 'description', 'summary', 'excerpt']) ?? '';
  const rawImage = first(data, ['og.image', 'seo.image', 'image', 'cover', 'thumbnail', 'hero']);
  const image = rawImage ? resolveUrl(rawImage, baseUrl) : undefined;
  const url = postUrl(data, baseUrl);
  let site = '';
  try {
    site = new URL(url).hostname;
  } catch {
    // No base URL configured: the card shows no site name.
  }
  return { title, description, image, site, url };
}

/** The post's public URL: its permalink/slug under the base URL, as far as the frontmatter tells. */
export function postUrl(data: Record<string, unknown>, baseUrl: string | undefined): string {
  const permalink = first(data, ['permalink', 'url', 'path']);
  const slug = first(data, ['slug']);
  const target = permalink ?? (slug ? slug.replace(/^\/+/, '') : '');
  if (!baseUrl) return target;
  return resolveUrl(target, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) ?? baseUrl;
}
