import type { Diagnostic } from '../../core/types';
import { groupBySeverity } from '../report-view';

const LABEL = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

export function Checks(props: { diagnostics: Diagnostic[]; onReveal: (d: Diagnostic) => void; onFix: (d: Diagnostic) => void; busy: boolean }) {
  const groups = groupBySeverity(props.diagnostics);
  return (
    <section aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      {groups.length === 0 && <p class="ok">No problems found.</p>}
      {groups.map((g) => (
        <div key={g.severity} class={`group sev-${g.severity}`}>
          <h3>
            {LABEL[g.severity]} ({g.items.length})
          </h3>
          <ul>
            {g.items.map((d) => (
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
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
