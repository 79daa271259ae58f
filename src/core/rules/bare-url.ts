import { reversedLinks } from '../links/reversed';
import { codeRanges, overlapsAny } from '../parse/located';
import type { Rule } from '../types';
import { t } from '../../i18n';

/**
 * URLs pasted straight into prose: long, unreadable when spoken, and they say nothing about the
 * target. A URL shown as code (inline code, `<code>`, `<pre>`) is meant to be read as an address;
 * one inside a reversed link `(text)[url]` is reported by reversed-link instead.
 */
const rule: Rule = {
  id: 'bare-url',
  meta: { type: 'suggestion', docs: { description: 'URLs in prose are written as links with words, not pasted bare.', anchor: 'rule-bare-url' } },
  defaultSeverity: 'info',
  check({ links, body, options }) {
    const bare = links.filter((l) => l.kind === 'bare' && /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(l.url));
    if (!bare.length) return [];
    const code = codeRanges(body);
    const reversed = reversedLinks(body).map((r) => [r.start, r.end] as [number, number]);
    return bare
      .filter((l) => !overlapsAny(code, l.start, l.end) && !overlapsAny(reversed, l.start, l.end))
      .map((l) => ({
        start: l.start,
        end: l.end,
        message: t(options.locale, 'ruleBareUrl'),
        data: { url: l.url },
      }));
  },
};
export default rule;
