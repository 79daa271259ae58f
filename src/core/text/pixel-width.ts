/**
 * Estimated rendered width of text in Arial, in CSS pixels, as search results measure it.
 * PLACEHOLDER average-width estimate; replaced by a per-character width table.
 */
export function textWidth(text: string, fontSizePx: number): number {
  return [...text].length * fontSizePx * 0.5;
}

/** Search results: titles at 20px Arial, descriptions at 14px Arial. */
export const TITLE_FONT_PX = 20;
export const DESCRIPTION_FONT_PX = 14;
