import { isReadable } from '../frontmatter/readable';
import { measureField } from '../frontmatter/length-finding';
import { DESCRIPTION_FONT_PX } from '../text/pixel-width';
import { charAim } from '../text/snippet-aim';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * Search results show about two lines of the description (990 px of 14 px Arial, which is 156
 * characters of ordinary prose: the SEO plugins' limit); much shorter than 120 characters (760 px) and the
 * engine often writes its own snippet from the page instead. The two measures agree on ordinary
 * prose; pixels decide for wider text, so a 70-character Japanese description is not "too short"
 * and a 92-character Chinese one is too long. See schema/defaults.ts for where the numbers come from.
 */
const rule: Rule = {
  id: 'description-length',
  meta: { type: 'suggestion', docs: { description: 'The SEO description is 120–156 characters and 760–990 px wide in 14 px Arial (configurable).', anchor: 'rule-description-length' } },
  defaultSeverity: 'warning',
  check({ frontmatter, schema, text, options }) {
    if (!isReadable(frontmatter)) return [];
    const m = measureField(frontmatter, text, schema.descriptionPath, DESCRIPTION_FONT_PX, schema.descriptionMaxPixels);
    if (!m) return [];
    const min = schema.descriptionMinLength;
    const max = schema.descriptionMaxLength;
    const minPx = schema.descriptionMinPixels ?? 0;
    const px = Math.round(m.pixels);
    const data = { path: m.path, length: m.chars, pixels: px, visible: m.visible, cutOffset: m.cutOffset };
    const finding = (message: string, extra: Record<string, unknown> = {}): Finding[] => [{ start: m.start, end: m.end, message, data: { ...data, ...extra } }];
    if (m.chars < min && m.pixels < minPx) {
      // Wide text (Japanese, Chinese, Korean) fills the snippet with fewer characters: the range to aim
      // for is given in characters of this text's own width (about 55–70 for Japanese), not prose's 120–156.
      const aim = charAim(m.chars, m.pixels, schema);
      return finding(t(options.locale, 'ruleDescriptionTooShort', { chars: m.chars, ...aim }), { tooShort: true });
    }
    const tooLong = m.chars > max;
    if (!tooLong && !m.visible) return [];
    const l = options.locale;
    const size = [tooLong && t(l, 'ruleSizeChars', { chars: m.chars, min, max }), m.visible && t(l, 'ruleSizePixels', { px, max: schema.descriptionMaxPixels })].filter(Boolean).join(t(l, 'ruleSizeAnd'));
    const cut = m.visible ? t(l, 'ruleDescriptionCut', { words: lastWords(m.visible) }) : '';
    return finding(t(l, 'ruleDescriptionTooLong', { size, cut }));
  },
};

function lastWords(s: string): string {
  return s.split(' ').slice(-5).join(' ');
}
export default rule;
