import { frontmatterErrorMessage } from '../frontmatter/error-message';
import type { Rule } from '../types';

/** YAML syntax errors and duplicate keys, at the line and column the parser points to. */
const rule: Rule = {
  id: 'yaml-syntax',
  meta: { type: 'problem', docs: { description: 'The frontmatter is valid YAML, a mapping, without duplicate keys.', anchor: 'rule-yaml-syntax' } },
  defaultSeverity: 'error',
  check({ frontmatter, options }) {
    return frontmatter.errors
      .filter((e) => e.code !== 'UNCLOSED_FENCE')
      .map((e) => ({ start: e.start, end: e.end, message: frontmatterErrorMessage(e, options.locale), data: { code: e.code } }));
  },
};
export default rule;
