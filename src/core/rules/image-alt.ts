import { isImage } from '../links/link-sites';
import type { Rule } from '../types';
import { t } from '../../i18n';

/**
 * Images without alt text. An HTML `<img alt="">` is the standard way to mark an image as
 * decorative, and `<img aria-hidden="true">` hides it from assistive technology altogether, so
 * both are left alone; markdown has no such distinction, so an empty `![](…)` is flagged.
 */
const rule: Rule = {
  id: 'image-alt',
  meta: { type: 'problem', docs: { description: 'Images have alt text describing them.', anchor: 'rule-image-alt' } },
  defaultSeverity: 'warning',
  check({ links, text, options }) {
    return links
      .filter((l) => isImage(l) && (l.kind === 'image' ? !l.text?.trim() : l.text === undefined && !hiddenFromAssistiveTech(text.slice(l.start, l.end))))
      .map((l) => ({
        start: l.start,
        end: l.end,
        message:
          l.kind === 'image'
            ? t(options.locale, 'ruleImageAltMarkdown')
            : t(options.locale, 'ruleImageAltHtml'),
        data: { url: l.url },
      }));
  },
};
export default rule;

/** `<img … aria-hidden="true">` (any case, any quoting). */
function hiddenFromAssistiveTech(tag: string): boolean {
  return /\saria-hidden\s*=\s*(?:"\s*true\s*"|'\s*true\s*'|true\b)/i.test(tag);
}
