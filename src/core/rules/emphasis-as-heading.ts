import type { Token } from 'marked';
import { inlineOf, locatedBlocks, type Located } from '../parse/located';
import { plainText } from '../parse/markdown';
import { postTitle } from '../parse/title';
import type { Body, Finding, Rule } from '../types';
import { t } from '../../i18n';

/** Longer than this, a bold line reads as a sentence, not a label. */
const MAX_LABEL_CHARS = 80;
/**
 * A label doesn't end like a sentence, in Latin or CJK punctuation (。！？；，、 and their
 * fullwidth forms); a colon is typical of a label ("Important dates:"), so it doesn't count.
 */
const SENTENCE_END = /[.!?…;,。！？；，、．｡]$/;
/** Cheap pre-check on the raw paragraph, so long posts skip the token inspection for almost every paragraph. */
const MAY_START_WITH_EMPHASIS = /^\s*(?:[*_]|<!--)/;

/**
 * A paragraph that is only bold or italic text, short and without a sentence's final
 * punctuation, is standing in for a heading: it looks like one but is absent from the outline
 * that screen readers, tables of contents and search engines use.
 * A bold *link* on its own line (`**[SEE THE VIDEOS >>](…)**`) is a call to action, not a
 * heading, and is left alone.
 */
const rule: Rule = {
  id: 'emphasis-as-heading',
  meta: { type: 'suggestion', hasSuggestions: true, docs: { description: 'Bold or italic lines are not used in place of headings.', anchor: 'rule-emphasis-as-heading' } },
  defaultSeverity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    const hasTitle = postTitle(ctx) !== undefined;
    const outline = settledDepths(ctx.headings.map((h) => h.depth), hasTitle);
    let headingIndex = 0;
    for (const l of locatedBlocks(ctx.body)) {
      if (l.token.type !== 'paragraph' || !MAY_START_WITH_EMPHASIS.test(l.token.raw) || inside(l, 'list_item') || inside(l, 'blockquote')) continue;
      const emphasis = soleEmphasis(ctx.body, l);
      if (!emphasis) continue;
      const inner = (emphasis.token as { tokens?: Token[] }).tokens ?? [];
      // A bold link or image is a call to action or a figure; a hard line break or a comment
      // inside makes it two lines or an edited fragment, not a one-line label (as markdownlint).
      if (isOnlyLinks(inner) || hasAny(inner, (t) => t.type === 'br' || t.type === 'html')) continue;
      // Words with a link ("_See this example in the [Playground](…)_" under a code block) are a
      // caption or a pointer; markdownlint's MD036 also flags only plain text.
      if (hasAny(inner, (t) => t.type === 'link')) continue;
      const label = plainText(inner).replace(/\s+/g, ' ').trim();
      // A label has words; "**—**" or "**★★★**" are decoration.
      if (!/\p{L}/u.test(label) || [...label].length > MAX_LABEL_CHARS || SENTENCE_END.test(label)) continue;

      while (headingIndex < ctx.headings.length && ctx.headings[headingIndex]!.start < l.start) headingIndex++;
      const previous = outline[headingIndex - 1] ?? 1;
      const level = Math.min(6, Math.max(2, previous + 1));
      const finding: Finding = {
        start: emphasis.start,
        end: emphasis.end,
        message: t(ctx.options.locale, emphasis.token.type === 'strong' ? 'ruleEmphasisAsHeadingBold' : 'ruleEmphasisAsHeadingItalic', { label, heading: `${'#'.repeat(level)} ${label.replace(/:$/, '')}` }),
        data: { level },
      };
      // The fix rewrites only the emphasis; a pasted comment after it stays for pasted-artifacts to remove.
      const width = emphasis.token.type === 'strong' ? 2 : 1;
      const written = ctx.text.slice(emphasis.start + width, emphasis.end - width).trim();
      // Not /\s*:$/: over a long run of spaces it would try every start.
      const innerSource = written.endsWith(':') ? written.slice(0, -1).trimEnd() : written;
      // An ATX heading is one line: a label wrapped over two lines gets no automatic fix.
      if (!l.parent && atLineStart(ctx.text, emphasis.start) && !/[\r\n]/.test(innerSource)) {
        finding.suggestions = [{ description: t(ctx.options.locale, 'ruleEmphasisAsHeadingFix', { level }), edits: [{ start: emphasis.start, end: emphasis.end, text: `${'#'.repeat(level)} ${innerSource}` }] }];
      }
      findings.push(finding);
    }
    return findings;
  },
};
export default rule;

/**
 * Heading depths as they will be once the other heading rules' fixes are applied: body H1s
 * become H2 when there is a title, and no heading is more than one level below the one before.
 * A label turned into a heading goes one level below the heading it follows in that outline.
 */
function settledDepths(depths: readonly number[], hasTitle: boolean): number[] {
  const out: number[] = [];
  // Without a title the first heading may be any level (heading-increment leaves it alone).
  let previous = hasTitle ? 1 : 5;
  for (const d of depths) {
    const depth = Math.min(hasTitle && d === 1 ? 2 : d, previous + 1);
    out.push(depth);
    previous = depth;
  }
  return out;
}

/** Inside a list item or a blockquote: emphasis there is part of the item or the quote, not a heading. */
function inside(l: Located, type: 'list_item' | 'blockquote'): boolean {
  for (let p = l.parent; p; p = p.parent) if (p.token.type === type) return true;
  return false;
}

function hasAny(tokens: readonly Token[], test: (t: Token) => boolean): boolean {
  return tokens.some((t) => test(t) || hasAny((t as { tokens?: Token[] }).tokens ?? [], test));
}

/** The paragraph's only strong/em child, ignoring surrounding whitespace, line breaks and HTML comments. */
function soleEmphasis(body: Body, paragraph: Located): Located | undefined {
  const children = (paragraph.token as { tokens?: Token[] }).tokens ?? [];
  const meaningful = children.filter((t) => !isFiller(t));
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0]!;
  if (only.type !== 'strong' && only.type !== 'em') return undefined;
  return inlineOf(body, paragraph.token).find((i) => i.token === only && i.parent === paragraph);
}

function isFiller(t: Token): boolean {
  if (t.type === 'text' || t.type === 'escape') return t.raw.trim() === '';
  if (t.type === 'br') return true;
  if (t.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(t.raw);
  return false;
}

/** Only links or images (possibly nested in more emphasis): `**[Watch the videos](…)**`, `*![chart](…)*`. */
function isOnlyLinks(tokens: readonly Token[]): boolean {
  const meaningful = tokens.filter((t) => !isFiller(t));
  return meaningful.length > 0 && meaningful.every((t) => t.type === 'link' || t.type === 'image' || ((t.type === 'strong' || t.type === 'em') && isOnlyLinks((t as { tokens?: Token[] }).tokens ?? [])));
}

/** Only up to three spaces between the line start and `offset` (so `#` there would start a heading). */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1, seen = 0; i >= 0; i--, seen++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if ((c !== ' ' && c !== '\t') || seen >= 3) return false;
  }
  return true;
}
