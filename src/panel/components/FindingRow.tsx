import type { Diagnostic, Suggestion } from '../../core/types';
import { excerpt } from '../excerpt';
import { similarAdvice, splitMessage } from '../finding-groups';
import { tr } from '../../platform/locale';

/** A finding's suggestions: changes offered one at a time, never in bulk. */
export const suggestionsOf = (d: Diagnostic): Suggestion[] => d.suggestions ?? [];

export interface RowActions {
  onReveal(d: Diagnostic): void;
  onFix(d: Diagnostic): void;
  onSuggestion(d: Diagnostic, s: Suggestion): void;
  onIgnore(d: Diagnostic): void;
  busy: boolean;
}

/**
 * One finding, compactly: what is wrong (the message's first sentence), where (line and a
 * snippet of the text with the offending part marked), and its buttons. The rest of the
 * message shows only when it differs from the advice the group already shows once.
 */
export function FindingRow({ d, text, advice, ...a }: RowActions & { d: Diagnostic; text: string; advice?: string }) {
  const { lead, rest } = splitMessage(d.message);
  const x = excerpt(text, d.start, d.end);
  // The frontmatter's opening fence says nothing about where a missing field belongs.
  const hasExcerpt = (x.before + x.match + x.after).trim() !== '' && (x.before + x.match + x.after).trim() !== '---';
  return (
    <li class="diag" data-rule={d.ruleId} data-severity={d.severity}>
      <button type="button" class="diag-go" onClick={() => a.onReveal(d)} title={tr('selectInEditor')}>
        <span class="diag-msg">{lead}</span>
        {rest && !(advice && similarAdvice(rest, advice)) && <span class="diag-more">{rest}</span>}
        <span class="diag-pos">
          {tr('linePosition', { line: d.line, column: d.column })}
          {hasExcerpt && (
            <>
              {' · '}
              <span class="diag-excerpt">
                {x.before}
                <mark>{x.match}</mark>
                {x.after}
              </span>
            </>
          )}
        </span>
      </button>
      <div class="diag-actions">
        {d.fix && (
          <button type="button" class="fix" data-action="fix" disabled={a.busy} onClick={() => a.onFix(d)}>
            {d.fix.description}
          </button>
        )}
        {suggestionsOf(d).map((s, i) => (
          <button key={i} type="button" class="fix suggestion-fix" data-action="suggestion" disabled={a.busy} onClick={() => a.onSuggestion(d, s)}>
            {s.description}
          </button>
        ))}
        <button type="button" class="quiet" data-action="ignore-finding" onClick={() => a.onIgnore(d)} aria-label={tr('ignoreFindingLabel', { what: lead })}>
          {tr('ignore')}
        </button>
      </div>
    </li>
  );
}
