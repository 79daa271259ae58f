import { textWidth, TITLE_FONT_PX, DESCRIPTION_FONT_PX } from '../core/text/pixel-width';
import type { SnippetLimits } from '../core/types';

export interface Truncated {
  text: string;
  truncated: boolean;
  pixels: number;
}

/** Cuts `text` to fit `maxPx` (ellipsis included), at a word boundary when one is close. */
export function truncateToPixels(text: string, maxPx: number, fontPx: number): Truncated {
  const clean = text.replace(/\s+/g, ' ').trim();
  const pixels = textWidth(clean, fontPx);
  if (pixels <= maxPx) return { text: clean, truncated: false, pixels };
  const chars = [...clean];
  const budget = maxPx - textWidth(' …', fontPx);
  // Binary search for the longest prefix that fits.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join(''), fontPx) <= budget) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.7) cut = cut.slice(0, space);
  return { text: `${cut.trimEnd()} …`, truncated: true, pixels };
}

export interface SearchSnippet {
  title: Truncated;
  url: string;
  description: Truncated;
}

/**
 * The search result as the post's schema measures it (the report's `limits`): the same widths the
 * length rules and the suggester hold to, so what they accept shows whole here.
 */
export function searchSnippet(title: string, url: string, description: string, limits: Pick<SnippetLimits, 'titleMaxPixels' | 'descriptionMaxPixels'>): SearchSnippet {
  return {
    title: truncateToPixels(title, limits.titleMaxPixels, TITLE_FONT_PX),
    url,
    description: truncateToPixels(description, limits.descriptionMaxPixels, DESCRIPTION_FONT_PX),
  };
}
