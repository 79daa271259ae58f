import type { Rule } from '../types';

/** URLs pasted straight into prose: long, unreadable when spoken, and they say nothing about the target. */
const rule: Rule = {
  id: 'bare-url',
  meta: { type: 'suggestion', docs: { description: 'URLs in prose are written as links with words, not pasted bare.', anchor: 'rule-bare-url' } },
  defaultSeverity: 'info',
  check({ links }) {
    return links
      .filter((l) => l.kind === 'bare' && /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(l.url))
      .map((l) => ({
        start: l.start,
        end: l.end,
        message: 'This address is pasted as is: readers see a long URL and screen readers spell it out. Give it words that say what it is, like [the release notes](…).',
        data: { url: l.url },
      }));
  },
};
export default rule;
