import { setAtxDepth } from '../edits/heading-depth';
import { postTitle } from '../parse/title';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * Headings go down one level at a time (H2 → H3, not H2 → H4), so screen-reader users and
 * outlines see the structure the writer meant. The title counts as the H1 the body starts under.
 */
const rule: Rule = {
  id: 'heading-increment',
  meta: { type: 'suggestion', hasSuggestions: true, docs: { description: 'Heading levels go down one at a time (no H2 followed directly by H4).', anchor: 'rule-heading-increment' } },
  defaultSeverity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    let previous = postTitle(ctx) ? 1 : 0;
    for (const h of ctx.headings) {
      if (previous > 0 && h.depth > previous + 1) {
        const want = previous + 1;
        const edit = setAtxDepth(ctx.text, h, want);
        const after = previous === 1 && h === ctx.headings[0] ? t(ctx.options.locale, 'ruleHeadingAfterTitle') : t(ctx.options.locale, 'ruleHeadingAfterLevel', { level: previous });
        findings.push({
          start: h.start,
          end: h.end,
          message: t(ctx.options.locale, 'ruleHeadingIncrement', { heading: h.text, depth: h.depth, after, want, hashes: '#'.repeat(want) }),
          data: { from: previous, depth: h.depth },
          ...(edit && { suggestions: [{ description: t(ctx.options.locale, 'ruleHeadingToLevel', { level: want, hashes: '#'.repeat(want) }), edits: [edit] }] }),
        });
      }
      previous = h.depth;
    }
    return findings;
  },
};
export default rule;
