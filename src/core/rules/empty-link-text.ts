import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * Links a reader (or screen reader) sees as nothing at all: `[](url)`, `<a href></a>`; and links
 * that go nowhere (markdownlint's MD042): `[text]()`, `[text](<>)`, `[text](#)`, or a reference
 * whose definition is `[x]: #`.
 */
const rule: Rule = {
  id: 'empty-link-text',
  meta: { type: 'problem', docs: { description: 'Every link has visible text and a destination.', anchor: 'rule-empty-link-text' } },
  defaultSeverity: 'error',
  check({ links, options }) {
    const findings: Finding[] = [];
    for (const l of links) {
      if (l.kind !== 'inline' && l.kind !== 'reference' && l.kind !== 'html') continue;
      if (l.text !== undefined && !l.text.trim()) {
        findings.push({
          start: l.start,
          end: l.end,
          message: t(options.locale, 'ruleEmptyLinkText'),
          data: { url: l.url },
        });
      } else if (goesNowhere(l.url)) {
        findings.push({
          start: l.start,
          end: l.end,
          message: l.url.trim() ? t(options.locale, 'ruleLinkGoesNowhere', { url: l.url.trim() }) : t(options.locale, 'ruleLinkGoesNowhereEmpty'),
          data: { url: l.url, emptyDestination: true },
        });
      }
    }
    return findings;
  },
};
export default rule;

/** No destination: empty, `<>`, or a bare `#`. */
function goesNowhere(url: string): boolean {
  const u = url.trim();
  return u === '' || u === '<>' || u === '#';
}
