import { vagueText } from '../links/vague-text';
import type { Rule } from '../types';

/** "click here", "read more"…: text that tells neither readers scanning links nor search engines where it goes. */
const rule: Rule = {
  id: 'vague-link-text',
  meta: { type: 'suggestion', docs: { description: 'Link text says where the link goes (not “click here”, “read more”, “here”…).', anchor: 'rule-vague-link-text' } },
  defaultSeverity: 'warning',
  check({ links }) {
    return links.flatMap((l) => {
      if (l.kind !== 'inline' && l.kind !== 'reference' && l.kind !== 'html') return [];
      const vague = l.text === undefined ? undefined : vagueText(l.text);
      if (!vague) return [];
      return [
        {
          start: l.start,
          end: l.end,
          message: `The link text “${l.text!.trim()}” doesn't say where it goes; people scanning the page, screen-reader users listing links and search engines only see these words. Rewrite it to name the destination, e.g. “the 2026 conference schedule”.`,
          data: { url: l.url, text: l.text, phrase: vague },
        },
      ];
    });
  },
};
export default rule;
