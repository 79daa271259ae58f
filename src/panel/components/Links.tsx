import type { ComponentChildren } from 'preact';
import type { Report, TextEdit } from '../../core/types';
import { linkRows } from '../report-view';
import { rangeKey, statusDetail, statusLabel, type PlacedLinks } from '../link-results';
import { useRowLimit } from './ShowMore';
import { displayUrl } from '../../core/links/deceptive';
import { tr, uiLocale } from '../../platform/locale';

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
      <h2 id="links-h">{tr('linksHeading', { count: rows.length })}</h2>
      <div class="actions">
        <button type="button" data-action="clean-links" disabled={props.busy || props.cleanable === 0} onClick={props.onClean}>
          {props.cleanable ? tr('cleanLinksCount', { count: props.cleanable }) : tr('cleanLinks')}
        </button>
        {check && (
          <button type="button" data-action="check-links" disabled={props.busy || check.progress !== null} onClick={check.onCheck} aria-describedby="check-links-why">
            {tr('checkLinks')}
          </button>
        )}
      </div>
      {check && (
        <>
          <p class="hint" id="check-links-why">
            {tr('checkLinksWhy')}
            {check.prompt && (
              <>
                {' '}
                {withPart(tr('checkLinksPrompt', { browser: check.prompt.browser === 'Firefox' ? 'Firefox' : tr('yourBrowser'), line: PART }), <span data-part="prompt-line">{check.prompt.line}</span>)}
              </>
            )}{' '}
            {tr('checkLinksUnchecked')}
          </p>
          {check.progress && (
            <p class="link-progress" data-part="link-progress">
              <span role="status">
                {tr('checkingLinks', { done: check.progress.done, total: check.progress.total })}
              </span>{' '}
              <button type="button" data-action="cancel-link-check" onClick={check.onCancel}>
                {tr('cancel')}
              </button>
            </p>
          )}
          <p class="link-notice" data-part="link-notice" role="status" aria-live="polite">
            {check.notice}
          </p>
          {check.onOpenInTab && (
            <button type="button" data-action="open-panel-tab" onClick={check.onOpenInTab}>
              {tr('openPanelInTab')}
            </button>
          )}
        </>
      )}
      <ul class="links">
        {shown.map((r) => {
          const state = check?.placed.get(rangeKey(r.link));
          return (
            <li key={`${r.link.urlStart}:${r.link.url}`} class={`link${state ? ` status-${state.status}` : ''}`} data-link-kind={r.link.kind} data-status={state?.status}>
              <span class="link-url" title={displayUrl(r.link.url)}>
                {displayUrl(r.link.url)}
              </span>
              {state && (
                <span class="link-status" title={statusDetail(state.result, uiLocale)}>
                  {statusLabel(state, uiLocale)}
                </span>
              )}
              {r.flags.map((f) => (
                <span key={f.ruleId + f.start} class={`flag sev-${f.severity}`} data-rule={f.ruleId} title={f.message}>
                  {f.ruleId}
                </span>
              ))}
              {r.cleanFix && (
                <button type="button" class="fix" data-action="clean-link" disabled={props.busy} onClick={() => props.onFix(r.cleanFix!)} aria-label={tr('cleanLinkLabel', { url: r.link.url })}>
                  {tr('cleanOne')}
                </button>
              )}
              {state?.fix && check && (
                <button type="button" class="fix" data-action="fix-link" disabled={props.busy} onClick={() => check.onLinkFix(state.fix!.edits, state.fix!.label)} aria-label={tr('linkFixLabel', { label: state.fix.label, url: r.link.url })}>
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

/** Marks where an element goes in a translated sentence. */
const PART = '\u0000';
function withPart(text: string, part: ComponentChildren) {
  const [before, after = ''] = text.split(PART);
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}
