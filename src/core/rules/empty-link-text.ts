import type { Finding, Rule } from '../types';

/**
 * Links a reader (or screen reader) sees as nothing at all: `[](url)`, `<a href></a>`; and links
 * that go nowhere (markdownlint's MD042): `[text]()`, `[text](<>)`, `[text](#)`, or a reference
 * whose definition is `[x]: #`.
 */
const rule: Rule = {
  id: 'empty-link-text',
  meta: { type: 'problem', docs: { description: 'Every link has visible text and a destination.', anchor: 'rule-empty-link-text' } },
  defaultSeverity: 'error',
  check({ links }) {
    const findings: Finding[] = [];
    for (const l of links) {
      if (l.kind !== 'inline' && l.kind !== 'reference' && l.kind !== 'html') continue;
      if (l.text !== undefined && !l.text.trim()) {
        findings.push({
          start: l.start,
          end: l.end,
          message: 'This link has no text, so readers see nothing to click and screen readers announce only “link”. Put words between the brackets that say where it goes.',
          data: { url: l.url },
        });
      } else if (goesNowhere(l.url)) {
        findings.push({
          start: l.start,
          end: l.end,
          message: `This link goes nowhere (its address is ${l.url.trim() ? `“${l.url.trim()}”` : 'empty'}): clicking it only reloads or scrolls to the top. Add the address it should open, or make it plain text.`,
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
