import { lineIndex } from '../parse/lines';
import type { Finding, Rule } from '../types';

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
  check({ notices, text }) {
    if (!notices?.length) return [];
    const lines = lineIndex(text);
    return notices.map((n): Finding => {
      const from = lines.position(n.start).line;
      const to = lines.position(Math.max(n.start, n.end - 1)).line;
      const where = from === to ? `Line ${from}` : `Lines ${from}–${to}`;
      const size = describeSize(n.end - n.start);
      // Only the first line is marked: the range may be megabytes long.
      const end = Math.min(n.end, text.indexOf('\n', n.start) < 0 ? text.length : text.indexOf('\n', n.start));
      if (n.kind === 'split') {
        return { start: n.start, end, severity: 'info', message: `${where} (${size}) form one block too long for the markdown parser to read at once. It was read in pieces, so everything in it was checked, but the preview may show it as several paragraphs.`, data: { kind: n.kind, size: n.end - n.start } };
      }
      return {
        start: n.start,
        end,
        message: `${where} (${size}) could not be read by the markdown parser: too long, or nested too deeply. The links, headings and formatting in ${from === to ? 'it' : 'them'} were not checked, and the preview shows ${from === to ? 'it' : 'them'} as plain text. Break it into shorter paragraphs or reduce the nesting.`,
        data: { kind: n.kind, size: n.end - n.start },
      };
    });
  },
};
export default rule;

function describeSize(chars: number): string {
  if (chars >= 1e6) return `${(chars / 1e6).toFixed(1)} million characters`;
  if (chars >= 1e3) return `${Math.round(chars / 1e3)} thousand characters`;
  return `${chars} characters`;
}
