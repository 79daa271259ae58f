import { codeRanges, overlapsAny } from '../parse/located';
import type { Rule } from '../types';
import { t } from '../../i18n';

const REPLACEMENT = /\uFFFD+/g;

/**
 * "�" (U+FFFD) is what a reader puts where bytes were not valid text: a file saved as Latin-1 or
 * Windows-1252 and read as UTF-8 (the command line, a static site generator), or text pasted
 * from a page that was already broken. The original characters are gone from the text, so
 * there is nothing to fix automatically. One finding per post, at the first one, with the
 * count: a Latin-1 post has one at every accented letter, and a row per letter would bury the
 * rest. Code is left alone (a sample may show the character on purpose).
 */
const rule: Rule = {
  id: 'replacement-character',
  meta: { type: 'problem', docs: { description: 'No “�” characters: text that a wrong encoding has already lost.', anchor: 'rule-replacement-character' } },
  defaultSeverity: 'warning',
  check({ text, body, options }) {
    const code = codeRanges(body);
    let first: [number, number] | undefined;
    let count = 0;
    for (const m of text.matchAll(REPLACEMENT)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (overlapsAny(code, start, end)) continue;
      first ??= [start, end];
      count += m[0].length;
    }
    if (!first) return [];
    return [{ start: first[0], end: first[1], message: t(options.locale, 'ruleReplacementCharacter', { count }), data: { count } }];
  },
};
export default rule;
