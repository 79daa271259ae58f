import { setAtxDepth } from '../edits/heading-depth';
import { postTitle } from '../parse/title';
import { isEmptyHeading } from './empty-heading';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * A page has one H1. Sites render the frontmatter title as that H1, so with a title every
 * H1 in the body is a second one; without a title the first H1 is the page's, later ones are extra.
 */
const rule: Rule = {
  id: 'single-h1',
  meta: { type: 'suggestion', hasSuggestions: true, docs: { description: 'The page has one H1: the title, or a single # heading when there is no title.', anchor: 'rule-single-h1' } },
  defaultSeverity: 'warning',
  check(ctx) {
    const title = postTitle(ctx);
    // DocFX's tab syntax (`# [Linux](#tab/linux)`) is a tab label on DocFX sites, not a heading.
    const h1s = ctx.headings.filter((h) => h.depth === 1 && !/^#{1}\s*\[[^\]]*\]\(#tab\//.test(ctx.text.slice(h.start, h.end).trimStart()));
    const extra = title ? h1s : h1s.slice(1);
    // An empty `#` line is empty-heading's finding; a level change would not help it.
    return extra.filter((h) => !isEmptyHeading(ctx.text, h)).map((h): Finding => {
      const edit = setAtxDepth(ctx.text, h, 2);
      const message = title
        ? t(ctx.options.locale, 'ruleSingleH1Title', { heading: h.text })
        : t(ctx.options.locale, 'ruleSingleH1Second', { heading: h.text });
      return {
        start: h.start,
        end: h.end,
        message,
        ...(edit && { suggestions: [{ description: t(ctx.options.locale, 'ruleHeadingToLevel', { level: 2, hashes: '##' }), edits: [edit] }] }),
      };
    });
  },
};
export default rule;
