import { codeRanges, overlapsAny } from '../parse/located';
import type { TokensList } from 'marked';
import type { Finding, Rule } from '../types';
import { clipboardLeftovers } from '../text/clipboard-html';
import { invisibleCharacters, strayNonBreakingSpaces } from '../text/invisible-chars';
import { structureChangingEdits } from '../text/reflow';

const INVISIBLE_KINDS = new Set(['zero-width', 'soft-hyphen', 'nbsp']);

function withoutFix(f: Finding): Finding {
  const { fix: _fix, ...rest } = f;
  return rest;
}

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
    const kept = found.filter((f) => !overlapsAny(code, f.start, f.end)).sort((a, b) => a.start - b.start);
    // The invisible characters' fixes, read again in their paragraphs (with the clipboard markup's
    // fixes there made in both readings, as --fix makes them together): one that would change the
    // post's structure is offered one at a time instead.
    const isInvisible = (f: Finding) => INVISIBLE_KINDS.has((f.data as { kind?: string } | undefined)?.kind ?? '');
    const invisible = kept.filter((f) => f.fix && isInvisible(f));
    const alsoApplied = kept.filter((f) => f.fix && !isInvisible(f)).flatMap((f) => f.fix!.edits);
    const links = (body.tokens as Partial<TokensList>).links;
    const changing = structureChangingEdits(ctx.text, invisible.map((f) => f.fix!.edits[0]!), { bodyStart: body.start, alsoApplied, ...(links && { links }) });
    return kept.map((f) => (f.fix && changing.has(f.fix.edits[0]!) ? { ...withoutFix(f), suggestions: [f.fix, ...(f.suggestions ?? [])] } : f));
  },
};
export default rule;
