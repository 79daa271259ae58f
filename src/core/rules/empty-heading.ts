import type { Finding, Heading, Rule } from '../types';
import { t } from '../../i18n';

/**
 * A heading with no text renders as an empty `<h1>`–`<h6>`: screen readers announce a heading
 * and read nothing (axe-core's `empty-heading`), and the outline gets a nameless entry. Usually
 * a `#` typed for a section not written yet. Removing the line is offered as a suggestion, not a
 * fix: the author may mean to write the heading's text.
 */
const rule: Rule = {
  id: 'empty-heading',
  meta: { type: 'problem', hasSuggestions: true, docs: { description: 'Headings have text (no # line left empty).', anchor: 'rule-empty-heading' } },
  defaultSeverity: 'warning',
  check({ headings, text, options }) {
    return headings.filter((h) => isEmptyHeading(text, h)).map((h): Finding => ({
      // The `#`s: all there is to point at.
      ...markerRange(text, h),
      message: t(options.locale, 'ruleEmptyHeading', { level: h.depth }),
      suggestions: [{ description: t(options.locale, 'ruleEmptyHeadingRemove'), edits: [removeLine(text, h)] }],
    }));
  },
};
export default rule;

/**
 * Nothing after the `#`s but comments and a closing `#` run: `#`, `## ##`, `## <!-- todo -->`.
 * A heading of inline HTML only (`# <img alt="Logo" src=…>`) or a template tag has no text of
 * ours but shows something: not empty.
 */
export function isEmptyHeading(text: string, h: Heading): boolean {
  if (h.text.trim()) return false;
  const content = text.slice(h.start, h.end).replace(/^[ \t]{0,3}#{1,6}/, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(?:^|[ \t])#+[ \t]*$/m, '');
  return content.trim() === '';
}

function markerRange(text: string, h: Heading): { start: number; end: number } {
  const marker = /^[ \t]{0,3}(#{1,6})/.exec(text.slice(h.start, h.start + 9));
  if (!marker) return { start: h.start, end: h.end };
  const start = h.start + marker[0].length - marker[1]!.length;
  return { start, end: start + marker[1]!.length };
}

/** The heading's line and its line break (the one before it at the end of the text). */
function removeLine(text: string, h: Heading) {
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  const nl = text.indexOf('\n', h.start);
  if (nl >= 0) return { start: lineStart, end: nl + 1, text: '' };
  return { start: lineStart > 0 ? lineStart - (text[lineStart - 2] === '\r' ? 2 : 1) : 0, end: text.length, text: '' };
}
