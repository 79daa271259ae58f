import type { Report, TextEdit } from '../../core/types';
import { linkRows } from '../report-view';
import { rangeKey, statusLabel, type PlacedLinks } from '../link-results';
import { useRowLimit } from './ShowMore';
import { displayUrl } from '../../core/links/deceptive';

export interface LinkCheckView {
  placed: PlacedLinks['byRange'];
  progress: { done: number; total: number } | null;
  notice: string;
  onCheck: () => void;
  onCancel: () => void;
  onLinkFix: (edits: TextEdit[], label: string) => void;
  /** Set when the permission prompt can't be shown here: opens the panel in its own tab. */
  onOpenInTab?: () => void;
  /** What the browser's permission prompt will say for this post's sites, in its own words. */
  prompt?: { browser: string; line: string };
}

export function Links(props: { report: Report; onClean: () => void; onFix: (edits: TextEdit[]) => void; check?: LinkCheckView; busy: boolean; cleanable: number }) {
  const rows = linkRows(props.report);
  const { shown, more } = useRowLimit(rows);
  const check = props.check;
  return (
    <section aria-labelledby="links-h">
      <h2 id="links-h">Links ({rows.length})</h2>
      <div class="actions">
        <button type="button" data-action="clean-links" disabled={props.busy || props.cleanable === 0} onClick={props.onClean}>
          Clean links{props.cleanable ? ` (${props.cleanable})` : ''}
        </button>
        {check && (
          <button type="button" data-action="check-links" disabled={props.busy || check.progress !== null} onClick={check.onCheck} aria-describedby="check-links-why">
            Check links
          </button>
        )}
      </div>
      {check && (
        <>
          <p class="hint" id="check-links-why">
            Checking visits each linked address from your browser: only the addresses are sent, never your draft.
            {check.prompt && (
              <>
                {' '}
                For sites not allowed yet, {check.prompt.browser === 'Firefox' ? 'Firefox' : 'your browser'} asks first, in a prompt that says “
                <span data-part="prompt-line">{check.prompt.line}</span>”; Post Preflight uses that permission only to request the linked addresses.
              </>
            )}{' '}
            Links to sites you don't allow stay unchecked.
          </p>
          {check.progress && (
            <p class="link-progress" data-part="link-progress">
              <span role="status">
                Checking links: {check.progress.done} of {check.progress.total}
              </span>{' '}
              <button type="button" data-action="cancel-link-check" onClick={check.onCancel}>
                Cancel
              </button>
            </p>
          )}
          <p class="link-notice" data-part="link-notice" role="status" aria-live="polite">
            {check.notice}
          </p>
          {check.onOpenInTab && (
            <button type="button" data-action="open-panel-tab" onClick={check.onOpenInTab}>
              Open the panel in a tab
            </button>
          )}
        </>
      )}
      <ul class="links">
        {shown.map((r) => {
          const state = check?.placed.get(rangeKey(r.link));
          return (
            <li key={`${r.link.urlStart}:${r.link.url}`} class={`link${state ? ` status-${state.status}` : ''}`} data-link-kind={r.link.kind} data-status={state?.status}>
              <span class="link-url">{displayUrl(r.link.url)}</span>
              {state && (
                <span class="link-status" title={state.result?.detail}>
                  {statusLabel(state)}
                </span>
              )}
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
              {state?.fix && check && (
                <button type="button" class="fix" data-action="fix-link" disabled={props.busy} onClick={() => check.onLinkFix(state.fix!.edits, state.fix!.label)} aria-label={`${state.fix.label} instead of ${r.link.url}`}>
                  {state.fix.label}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {more}
    </section>
  );
}
