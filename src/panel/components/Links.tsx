import type { Report, TextEdit } from '../../core/types';
import { linkRows } from '../report-view';
import { useRowLimit } from './ShowMore';

export function Links(props: { report: Report; onClean: () => void; onFix: (edits: TextEdit[]) => void; onCheck?: () => void; busy: boolean; cleanable: number }) {
  const rows = linkRows(props.report);
  const { shown, more } = useRowLimit(rows);
  return (
    <section aria-labelledby="links-h">
      <h2 id="links-h">Links ({rows.length})</h2>
      <div class="actions">
        <button type="button" data-action="clean-links" disabled={props.busy || props.cleanable === 0} onClick={props.onClean}>
          Clean links{props.cleanable ? ` (${props.cleanable})` : ''}
        </button>
        {props.onCheck && (
          <button type="button" data-action="check-links" disabled={props.busy} onClick={props.onCheck}>
            Check links
          </button>
        )}
      </div>
      <ul class="links">
        {shown.map((r) => (
          <li key={`${r.link.urlStart}:${r.link.url}`} class="link" data-link-kind={r.link.kind}>
            <span class="link-url">{r.link.url}</span>
            {r.flags.map((f) => (
              <span key={f.ruleId + f.start} class={`flag sev-${f.severity}`} data-rule={f.ruleId} title={f.message}>
                {f.ruleId}
              </span>
            ))}
            {r.cleanFix && (
              <button type="button" class="fix" data-action="clean-link" disabled={props.busy} onClick={() => props.onFix(r.cleanFix!)} aria-label={`Clean tracking parameters from ${r.link.url}`}>
                Clean
              </button>
            )}
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
}
