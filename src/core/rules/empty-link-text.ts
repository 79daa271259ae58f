import type { Rule } from '../types';

/** Links a reader (or screen reader) sees as nothing at all: `[](url)`, `<a href></a>`. */
const rule: Rule = {
  id: 'empty-link-text',
  meta: { type: 'problem', docs: { description: 'Every link has visible text.', anchor: 'rule-empty-link-text' } },
  defaultSeverity: 'error',
  check({ links }) {
    return links
      .filter((l) => (l.kind === 'inline' || l.kind === 'reference' || l.kind === 'html') && l.text !== undefined && !l.text.trim())
      .map((l) => ({
        start: l.start,
        end: l.end,
        message: 'This link has no text, so readers see nothing to click and screen readers announce only “link”. Put words between the brackets that say where it goes.',
        data: { url: l.url },
      }));
  },
};
export default rule;
