/**
 * Where a character of a textarea is drawn, in px from the top of its content (scrollTop 0).
 * Long lines wrap, so counting `\n`s is wrong by as many rows as the wrapped lines above take;
 * a hidden mirror element with the textarea's own box and font lays the text out the same way
 * and tells the real offset. The mirror lives for one measurement.
 */
const COPIED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontFeatureSettings', 'fontKerning',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'tabSize', 'direction',
  'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens',
] as const;

export function caretTop(el: HTMLTextAreaElement, offset: number): number {
  const doc = el.ownerDocument;
  const cs = doc.defaultView!.getComputedStyle(el);
  const mirror = doc.createElement('div');
  const style = mirror.style;
  for (const prop of COPIED) style[prop] = cs[prop];
  // The textarea's content box is its width minus a scrollbar when it has one.
  const scrollbar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
  style.width = `${el.offsetWidth - Math.max(0, scrollbar)}px`;
  style.boxSizing = 'border-box';
  style.position = 'absolute';
  style.visibility = 'hidden';
  style.top = '0';
  style.left = '-10000px';
  style.height = 'auto';
  style.overflow = 'hidden';
  // Textareas always wrap (unless wrap="off") and keep spaces and line breaks.
  style.whiteSpace = el.getAttribute('wrap') === 'off' ? 'pre' : 'pre-wrap';
  if (style.whiteSpace === 'pre-wrap') style.overflowWrap = 'break-word';
  mirror.textContent = el.value.slice(0, offset);
  const marker = doc.createElement('span');
  // A character after the caret, so the marker sits on the line the caret starts.
  marker.textContent = el.value.slice(offset, offset + 1) || '.';
  mirror.append(marker);
  (doc.body ?? doc.documentElement).append(mirror);
  try {
    // From the mirror's padding edge, as a textarea's scrollTop counts.
    return marker.offsetTop;
  } finally {
    mirror.remove();
  }
}

/** Line height in px (`normal` resolves to about 1.2 em). */
export function lineHeightOf(el: HTMLTextAreaElement): number {
  const cs = el.ownerDocument.defaultView!.getComputedStyle(el);
  return parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2 || 18;
}
