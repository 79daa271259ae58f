import { codeRanges, overlapsAny } from '../parse/located';
import type { Finding, Rule } from '../types';
import { clipboardLeftovers } from '../text/clipboard-html';
import { invisibleCharacters, strayNonBreakingSpaces } from '../text/invisible-chars';

/**
 * Text pasted from Word, Google Docs or a web page brings junk along: clipboard markers,
 * invisible characters, non-breaking spaces where ordinary ones belong, and Office markup.
 * Each finding's fix removes exactly the junk and nothing around it. Code is never touched:
 * a zero-width space in a code sample may be the point of the sample.
 */
const rule: Rule = {
  id: 'pasted-artifacts',
  meta: { type: 'layout', fixable: true, hasSuggestions: true, docs: { description: 'No clipboard markers, invisible characters, stray non-breaking spaces or Word/Google Docs markup pasted into the text.', anchor: 'rule-pasted-artifacts' } },
  defaultSeverity: 'warning',
  check(ctx) {
    const { body } = ctx;
    const code = codeRanges(body);
    const found: Finding[] = [
      ...clipboardLeftovers(body.text, body.start, ctx.options?.locale),
      ...invisibleCharacters(body.text, body.start, ctx.text, ctx.options?.locale),
      ...strayNonBreakingSpaces(body.text, body.start, ctx.options?.locale),
    ];
    return found.filter((f) => !overlapsAny(code, f.start, f.end)).sort((a, b) => a.start - b.start);
  },
};
export default rule;
