import { frontmatterErrorMessage } from '../frontmatter/error-message';
import type { Rule } from '../types';
import { t } from '../../i18n';

/** A post without frontmatter has no title, date or description for the site to use. */
const rule: Rule = {
  id: 'frontmatter-fence',
  meta: { type: 'problem', docs: { description: 'The post starts with a --- fenced frontmatter block that is closed.', anchor: 'rule-frontmatter-fence' } },
  defaultSeverity: 'error',
  check({ frontmatter, text, options }) {
    if (!frontmatter.present) {
      const firstLine = text.search(/\r|\n|$/);
      return [{ start: 0, end: Math.max(0, firstLine), message: t(options.locale, 'ruleNoFrontmatter') }];
    }
    return frontmatter.errors
      .filter((e) => e.code === 'UNCLOSED_FENCE')
      .map((e) => ({ start: e.start, end: e.end, message: frontmatterErrorMessage(e, options.locale) }));
  },
};
export default rule;
