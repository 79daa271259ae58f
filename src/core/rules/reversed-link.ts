import { reversedLinks } from '../links/reversed';
import type { Finding, Rule } from '../types';

/**
 * `(text)[url]` instead of `[text](url)` (markdownlint's MD011): the page shows the brackets and
 * the address as text, and there is no link. When the part in brackets is clearly an address
 * (a scheme, `www.`, a path, a `#fragment`, or a dotted name without spaces) the fix swaps the
 * brackets; `(see below)[1]` may be a citation, so there the swap is only a suggestion.
 */
const rule: Rule = {
  id: 'reversed-link',
  meta: { type: 'problem', fixable: true, hasSuggestions: true, docs: { description: 'Links are written [text](url), not (text)[url].', anchor: 'rule-reversed-link' } },
  defaultSeverity: 'warning',
  check({ body }) {
    return reversedLinks(body).map((r): Finding => {
      const swapped = `[${r.text}](${r.url})`;
      const finding: Finding = {
        start: r.start,
        end: r.end,
        message: `This looks like a link written the wrong way round: “(${r.text})[${r.url}]” shows as plain text. Write it as ${swapped}.`,
        data: { text: r.text, url: r.url },
      };
      const change = { description: `Write it as ${swapped}`, edits: [{ start: r.start, end: r.end, text: swapped }] };
      if (looksLikeAddress(r.url)) finding.fix = change;
      else finding.suggestions = [change];
      return finding;
    });
  },
};
export default rule;

function looksLikeAddress(s: string): boolean {
  if (/\s/.test(s)) return false;
  return /^(?:[a-z][a-z0-9+.-]*:|www\.|\/|\.\.?\/|#)/i.test(s) || /^[\w-]+(?:\.[\w-]+)+(?:[/?#].*)?$/.test(s);
}
