import { textWidth, TITLE_FONT_PX, DESCRIPTION_FONT_PX } from '../core/text/pixel-width';

/** Search results cut titles at about 600 px of 20 px Arial and descriptions at about 920 px of 14 px. */
export const TITLE_MAX_PX = 600;
export const DESCRIPTION_MAX_PX = 920;

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

export function searchSnippet(title: string, url: string, description: string): SearchSnippet {
  return {
    title: truncateToPixels(title, TITLE_MAX_PX, TITLE_FONT_PX),
    url,
    description: truncateToPixels(description, DESCRIPTION_MAX_PX, DESCRIPTION_FONT_PX),
  };
}
