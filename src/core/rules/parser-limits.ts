import { lineIndex } from '../parse/lines';
import type { Finding, Rule } from '../types';
import { formatNumber, t, type Locale } from '../../i18n';

/**
 * What the markdown parser could not read whole is said, never silently lost: a paragraph of
 * megabytes or a line nested thousands deep used to be kept as plain text without a word, so a
 * 10 MB post came out with no link findings at all. Such a part is now read in pieces where it can
 * be (an info: everything was checked, the preview may cut the paragraph), and what still can't be
 * read is named with what went unchecked in it.
 */
const rule: Rule = {
  id: 'parser-limits',
  meta: {
    type: 'problem',
    docs: { description: 'Parts of the post too big or too deeply nested for the markdown parser are named, with what in them went unchecked.', anchor: 'rule-parser-limits' },
  },
  defaultSeverity: 'warning',
  check({ notices, text, options }) {
    if (!notices?.length) return [];
    const lines = lineIndex(text);
    return notices.map((n): Finding => {
      const from = lines.position(n.start).line;
      const to = lines.position(Math.max(n.start, n.end - 1)).line;
      const locale = options?.locale; // a hand-made context (a test's) may have no options
      const size = describeSize(n.end - n.start, locale);
      const at = { line: from, from, to, size };
      // Only the first line is marked: the range may be megabytes long.
      const end = Math.min(n.end, text.indexOf('\n', n.start) < 0 ? text.length : text.indexOf('\n', n.start));
      if (n.kind === 'split') {
        return { start: n.start, end, severity: 'info', message: t(locale, from === to ? 'ruleParserSplitLine' : 'ruleParserSplitLines', at), data: { kind: n.kind, size: n.end - n.start } };
      }
      return {
        start: n.start,
        end,
        message: t(locale, from === to ? 'ruleParserFailedLine' : 'ruleParserFailedLines', at),
        data: { kind: n.kind, size: n.end - n.start },
      };
    });
  },
};
export default rule;

function describeSize(chars: number, locale: Locale | undefined): string {
  // English keeps its plain digits ("1.5"); other languages get their own decimal mark.
  const n = (value: number, digits: number) => (!locale || locale === 'en' ? value.toFixed(digits) : formatNumber(locale, value, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  if (chars >= 1e6) return t(locale, 'sizeMillionChars', { n: n(chars / 1e6, 1) });
  if (chars >= 1e3) return t(locale, 'sizeThousandChars', { n: n(Math.round(chars / 1e3), 0) });
  return t(locale, 'sizeChars', { n: n(chars, 0) });
}
