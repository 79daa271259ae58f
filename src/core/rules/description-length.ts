import { isReadable } from '../frontmatter/readable';
import { measureField } from '../frontmatter/length-finding';
import { DESCRIPTION_FONT_PX } from '../text/pixel-width';
import type { Finding, Rule } from '../types';

/**
 * Search results show about 920 px of 14 px Arial of the description; much shorter than 120
 * characters and the engine often writes its own snippet from the page instead.
 */
const rule: Rule = {
  id: 'description-length',
  meta: { type: 'suggestion', docs: { description: 'The SEO description is 120–156 characters and at most 920 px wide (configurable).', anchor: 'rule-description-length' } },
  defaultSeverity: 'warning',
  check({ frontmatter, schema, text }) {
    if (!isReadable(frontmatter)) return [];
    const m = measureField(frontmatter, text, schema.descriptionPath, DESCRIPTION_FONT_PX, schema.descriptionMaxPixels);
    if (!m) return [];
    const min = schema.descriptionMinLength;
    const max = schema.descriptionMaxLength;
    const px = Math.round(m.pixels);
    const data = { path: m.path, length: m.chars, pixels: px, visible: m.visible, cutOffset: m.cutOffset };
    const finding = (message: string): Finding[] => [{ start: m.start, end: m.end, message, data }];
    if (m.chars < min) {
      return finding(`The description is only ${m.chars} characters; aim for ${min}–${max}. Say in a sentence or two what the reader will get from the post, or pick one of the suggestions.`);
    }
    const tooLong = m.chars > max;
    if (!tooLong && !m.visible) return [];
    const size = [tooLong && `${m.chars} characters (aim for ${min}–${max})`, m.visible && `about ${px} px wide, more than the ${schema.descriptionMaxPixels} px search results show`].filter(Boolean).join(' and ');
    const cut = m.visible ? ` Search results would cut it after “…${lastWords(m.visible)}”.` : '';
    return finding(`The description is ${size}.${cut} Shorten it so the whole sentence shows.`);
  },
};

function lastWords(s: string): string {
  return s.split(' ').slice(-5).join(' ');
}
export default rule;
