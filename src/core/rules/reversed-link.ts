import { reversedLinks } from '../links/reversed';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

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
  check({ body, options }) {
    return reversedLinks(body).map((r): Finding => {
      const swapped = `[${r.text}](${r.url})`;
      const finding: Finding = {
        start: r.start,
        end: r.end,
        message: t(options.locale, 'ruleReversedLink', { text: r.text, url: r.url, swapped }),
        data: { text: r.text, url: r.url },
      };
      const change = { description: t(options.locale, 'ruleReversedLinkFix', { swapped }), edits: [{ start: r.start, end: r.end, text: swapped }] };
      // Swapped unseen only when nothing in it could change what the page shows: an address with
      // no parentheses or brackets, text with no emphasis or code marks that could pair up differently.
      if (looksLikeAddress(r.url) && !/[()<>[\]]/.test(r.url) && !/[*_`~]/.test(r.text)) finding.fix = change;
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
