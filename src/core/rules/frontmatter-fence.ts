import type { Rule } from '../types';

/** A post without frontmatter has no title, date or description for the site to use. */
const rule: Rule = {
  id: 'frontmatter-fence',
  meta: { type: 'problem', docs: { description: 'The post starts with a --- fenced frontmatter block that is closed.', anchor: 'rule-frontmatter-fence' } },
  defaultSeverity: 'error',
  check({ frontmatter, text }) {
    if (!frontmatter.present) {
      const firstLine = text.search(/\r|\n|$/);
      return [{ start: 0, end: Math.max(0, firstLine), message: 'No frontmatter: the post should start with a line "---", its fields (title, date, description…), and a closing "---".' }];
    }
    return frontmatter.errors
      .filter((e) => e.code === 'UNCLOSED_FENCE')
      .map((e) => ({ start: e.start, end: e.end, message: e.message }));
  },
};
export default rule;
