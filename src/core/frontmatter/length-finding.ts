import { fieldRange, findField, getPath } from '../parse/fields';
import { textWidth, visiblePart } from '../text/pixel-width';
import type { Frontmatter } from '../types';

/** The text field a length rule measures: the first configured path holding text (or a number). */
export interface MeasuredField {
  path: string;
  text: string;
  chars: number;
  pixels: number;
  start: number;
  end: number;
  /** What a search result would show when it is too wide, else undefined. */
  visible?: string;
  /** File offset where the visible part ends, when the value is written verbatim in the source. */
  cutOffset?: number;
}

export function measureField(fm: Frontmatter, source: string, paths: readonly string[], fontPx: number, maxPx: number): MeasuredField | undefined {
  const path = paths.find((p) => {
    const v = getPath(fm.data, p);
    return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
  });
  const loc = path ? findField(fm, path) : undefined;
  if (!path || !loc) return undefined;
  const text = String(loc.value).trim();
  const pixels = textWidth(text, fontPx);
  const measured: MeasuredField = { path, text, chars: [...text].length, pixels, ...fieldRange(loc, source) };
  if (pixels > maxPx) {
    measured.visible = visiblePart(text, fontPx, maxPx);
    const at = source.slice(loc.valueStart, loc.valueEnd).indexOf(measured.visible);
    if (at >= 0) measured.cutOffset = loc.valueStart + at + measured.visible.length;
  }
  return measured;
}
