import type { Diagnostic, Suggestion } from '../../core/types';
import { groupBySeverity } from '../report-view';
import { useRowLimit } from './ShowMore';

const LABEL = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

export function Checks(props: Props) {
  const groups = groupBySeverity(props.diagnostics);
  return (
    <section aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      {groups.length === 0 && <p class="ok">No problems found.</p>}
      {groups.map((g) => (
        <Group key={g.severity} severity={g.severity} items={g.items} {...props} />
      ))}
    </section>
  );
}

/** `onSuggest`: one suggested change, chosen by the editor for this finding only (never in bulk). */
type Props = { diagnostics: Diagnostic[]; onReveal: (d: Diagnostic) => void; onFix: (d: Diagnostic) => void; onSuggest: (d: Diagnostic, s: Suggestion) => void; busy: boolean };

function Group({ severity, items, ...props }: Props & { severity: Diagnostic['severity']; items: Diagnostic[] }) {
  const { shown, more } = useRowLimit(items);
  return (
      <div class={`group sev-${severity}`}>
        <h3>
          {LABEL[severity]} ({items.length})
        </h3>
        <ul>
          {shown.map((d) => (
            <li key={`${d.ruleId}:${d.start}:${d.end}:${d.message}`} class="diag" data-rule={d.ruleId} data-severity={d.severity}>
              <button type="button" class="diag-go" onClick={() => props.onReveal(d)} title="Select this in the editor">
                <span class="diag-msg">{d.message}</span>
                <span class="diag-pos">
                  line {d.line}:{d.column} · {d.ruleId}
                </span>
              </button>
              {d.fix && (
                <button type="button" class="fix" disabled={props.busy} onClick={() => props.onFix(d)}>
                  {d.fix.description}
                </button>
              )}
              {d.suggestions?.map((s) => (
                <button type="button" class="fix suggestion" data-action="suggestion" disabled={props.busy} onClick={() => props.onSuggest(d, s)} key={s.description}>
                  {s.description}
                </button>
              ))}
            </li>
          ))}
        </ul>
        {more}
      </div>
  );
}
