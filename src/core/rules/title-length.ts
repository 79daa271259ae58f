import { isReadable } from '../frontmatter/readable';
import { measureField } from '../frontmatter/length-finding';
import { TITLE_FONT_PX } from '../text/pixel-width';
import type { Rule } from '../types';
import { t } from '../../i18n';

/**
 * Search results cut titles by rendered width (about 600 px of 20 px Arial, as SEO plugins check
 * too), not by a character count: 60 capitals overflow while 70 narrow letters fit. A site that
 * wants a character cap as well sets `titleMaxLength`.
 */
const rule: Rule = {
  id: 'title-length',
  meta: { type: 'suggestion', docs: { description: 'The title fits in a search result: at most 600 px of 20 px Arial (configurable).', anchor: 'rule-title-length' } },
  defaultSeverity: 'warning',
  check({ frontmatter, schema, text, options }) {
    if (!isReadable(frontmatter)) return [];
    const m = measureField(frontmatter, text, schema.titlePath, TITLE_FONT_PX, schema.titleMaxPixels);
    if (!m) return [];
    const cap = schema.titleMaxLength;
    const tooLong = cap !== undefined && m.chars > cap;
    if (!tooLong && !m.visible) return [];
    const px = Math.round(m.pixels);
    const l = options.locale;
    const size = [tooLong && t(l, 'ruleSizeCharsCap', { chars: m.chars, cap: cap! }), m.visible && t(l, 'ruleSizePixels', { px, max: schema.titleMaxPixels })].filter(Boolean).join(t(l, 'ruleSizeAnd'));
    const cut = m.visible ? t(l, 'ruleTitleCut', { visible: m.visible }) : '';
    return [
      {
        start: m.start,
        end: m.end,
        message: t(l, 'ruleTitleTooLong', { size, cut }),
        data: { path: m.path, length: m.chars, pixels: px, visible: m.visible, cutOffset: m.cutOffset },
      },
    ];
  },
};
export default rule;
