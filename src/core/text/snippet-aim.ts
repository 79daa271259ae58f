import type { SnippetLimits } from '../types';

type DescriptionLimits = Pick<SnippetLimits, 'descriptionMinLength' | 'descriptionMaxLength' | 'descriptionMinPixels' | 'descriptionMaxPixels'>;

/**
 * How many characters of text this wide fill the search snippet. The limits in characters are
 * for ordinary prose; wide text (Japanese, Chinese, Korean) fills the same pixels with far fewer
 * characters, so its range is taken from the pixel limits at its own width per character (about
 * 55–70 for Japanese instead of 120–156). Text no wider than prose (up to 15 % over) keeps the
 * character limits.
 */
export function charAim(chars: number, pixels: number, limits: DescriptionLimits): { min: number; max: number } {
  const perChar = chars > 0 ? pixels / chars : 0;
  const wide = perChar * limits.descriptionMaxLength > limits.descriptionMaxPixels * 1.15;
  return wide ? { min: Math.ceil(limits.descriptionMinPixels / perChar), max: Math.floor(limits.descriptionMaxPixels / perChar) } : { min: limits.descriptionMinLength, max: limits.descriptionMaxLength };
}
