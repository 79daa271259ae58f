import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Diagnostic, Report, Suggestion, TextEdit } from '../core/types';
import type { Connection, Draft } from './connection';
import { Preview } from './components/Preview';
import { Checks } from './components/Checks';
import { Seo } from './components/Seo';
import { Links } from './components/Links';
import { cleanLinksEdits } from '../core/links/clean-all';
import { descriptionEdits } from './description-edit';
import { useLinkCheck } from './use-link-check';
import { addressesToCheck, permissionPatterns, placeKnownLinks, withLinkDiagnostics } from './link-results';
import { SectionBar } from './components/SectionBar';
import { useIgnores } from './use-ignores';
import { applyIgnores, ignoreFinding, ignoreRule, restoreFinding, restoreRule } from './ignores';
import { permissionPromptLine } from '../platform/permission-prompt';
import { UndoButton, useUndo } from './undo-button';
import type { RemoteMedia } from '../protocol/settings';
import { useVisibilityGate } from './visibility';
import { tr, uiLocale } from '../platform/locale';
import { applyFailureText } from './apply-failure';

export interface Analysed {
  draft: Draft;
  report: Report;
  baseUrl?: string;
  /** Options page: check links added since the last check while the user types. */
  autoCheckLinks?: boolean;
  /** Options page: remote media in the preview, held back until asked ('ask') or loaded. */
  remoteMedia?: RemoteMedia;
}

export function App(props: { analysed?: Analysed; connection: Connection; docked: boolean }) {
  const { analysed, connection } = props;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const gate = useVisibilityGate(connection, props.docked);
  const undo = useUndo(connection, analysed?.draft.text, analysed?.draft.url, setNotice, setBusy, gate);
  const analysedReport = analysed?.report;
  const linkCheck = useLinkCheck(connection, analysedReport, analysed?.baseUrl, analysed?.autoCheckLinks ?? false);
  const placed = useMemo(() => (analysed ? placeKnownLinks(analysed.report, analysed.draft.text, linkCheck.known, uiLocale) : undefined), [analysed, linkCheck.known]);
  // Link-check findings sit with the others in Checks and in the counts.
  const checked = useMemo(() => (analysedReport && placed ? withLinkDiagnostics(analysedReport, placed.diagnostics) : analysedReport), [analysedReport, placed]);
  // What the author chose to ignore for this post is left out of everything shown and counted.
  const { ignores, update: updateIgnores } = useIgnores(analysed?.draft.url);
  const visible = useMemo(() => (checked && analysed ? applyIgnores(checked, ignores, analysed.draft.text) : undefined), [checked, ignores, analysed]);
  const report = visible?.report;

  // Stable hooks for automation: the revision shown, and "ready" after the first analysis.
  useLayoutEffect(() => {
    if (!analysed) return;
    const root = document.documentElement;
    root.dataset.revision = String(analysed.draft.revision);
    root.dataset.state = 'ready';
    if (report) connection.status(report.errorCount, report.warningCount);
  }, [analysed, report, connection]);

  const write = useCallback(
    async (edits: TextEdit[], done: string) => {
      if (!analysed || edits.length === 0) return;
      setBusy(true);
      // Every change to the post waits for proof that the user can see the panel (clickjacking).
      const seen = await gate.check();
      const result = seen.ok ? await connection.apply(edits, analysed.draft.text) : { ok: false as const, message: seen.message };
      setBusy(false);
      setNotice(result.ok ? done : 'message' in result ? result.message : applyFailureText(result));
      if (result.ok) undo.record(done, analysed.draft.text, edits, result.text);
    },
    [analysed, connection, gate, undo.record],
  );

  const cleanEdits = useMemo(() => (report ? cleanLinksEdits(report) : []), [report]);
  const prompt = useMemo(() => {
    if (!analysedReport) return undefined;
    const hosts = [...new Set(permissionPatterns(addressesToCheck(analysedReport), analysed?.baseUrl).map((p) => new URL(p.replace('/*', '/')).host))];
    return hosts.length ? permissionPromptLine(hosts) : undefined;
  }, [analysedReport, analysed?.baseUrl]);

  if (!analysed || !report || !visible)
    return (
      <>
        <header class="bar">
          <h1>{tr('panelTitle')}</h1>
        </header>
        <main>
          <p class="loading">{tr('readingPost')}</p>
        </main>
      </>
    );

  // A finding about a frontmatter field names it: a form can go to the field even where the text has no place for it (a missing field).
  const onReveal = (d: Diagnostic) => connection.reveal(d.start, d.end, typeof d.data?.path === 'string' ? d.data.path : undefined);
  const onFix = (d: Diagnostic) => d.fix && void write(d.fix.edits, tr('noticeFixed', { what: d.fix.description }));
  const onSuggest = (_d: Diagnostic, s: Suggestion) => void write(s.edits, tr('noticeChanged', { what: s.description }));
  const onUse = (text: string) => {
    const edit = descriptionEdits(analysed.draft.text, report.descriptionPath, text);
    if (!edit.ok) return setNotice(edit.message);
    void write(edit.edits, tr('noticeDescriptionSet', { path: report.descriptionPath }));
  };
  const onClean = () => void write(cleanEdits, tr('noticeTrackingRemovedAll'));
  const text = analysed.draft.text;
  const checksCount = report.errorCount + report.warningCount + report.infoCount;

  return (
    <>
      <header class="bar">
        <h1>{tr('panelTitle')}</h1>
        <span class="counts" aria-label={[tr('errors', { count: report.errorCount }), tr('warnings', { count: report.warningCount }), ...(report.infoCount ? [tr('notes', { count: report.infoCount })] : [])].join(', ')}>
          <span class="sev-error">{tr('errors', { count: report.errorCount })}</span> · <span class="sev-warning">{tr('warnings', { count: report.warningCount })}</span>
          {report.infoCount > 0 && (
            <>
              {' · '}
              <span class="sev-info">{tr('notes', { count: report.infoCount })}</span>
            </>
          )}
        </span>
        {props.docked && (
          <button type="button" class="collapse" onClick={() => connection.collapse(true)} aria-label={tr('collapsePanel')}>
            ⇥
          </button>
        )}
        <SectionBar
          links={[
            { target: 'checks-h', label: tr('sectionChecks'), count: checksCount, unit: tr('unitFindings', { count: checksCount }) },
            { target: 'seo-h', label: tr('sectionSeo'), count: report.suggestions.length, unit: tr('unitSuggestions', { count: report.suggestions.length }) },
            { target: 'links-h', label: tr('sectionLinks'), count: report.links.length, unit: tr('unitLinks', { count: report.links.length }) },
            { target: 'preview-h', label: tr('sectionPreview') },
          ]}
        />
      </header>
      <main>
        <Checks
          diagnostics={report.diagnostics}
          text={text}
          ignores={ignores}
          ignored={visible.ignored}
          suppressed={checked?.suppressed?.length ?? 0}
          busy={busy}
          onReveal={onReveal}
          onFix={onFix}
          onSuggestion={onSuggest}
          onBulk={(ruleId, edits, title) => void write(edits, ruleId === 'tracking-params' ? tr('noticeTrackingRemovedAll') : tr('noticeFixed', { what: title }))}
          onIgnore={(d) => updateIgnores((i) => ignoreFinding(i, d, text))}
          onIgnoreRule={(ruleId) => updateIgnores((i) => ignoreRule(i, ruleId))}
          onRestoreFinding={(key) => updateIgnores((i) => restoreFinding(i, key))}
          onRestoreRule={(ruleId) => updateIgnores((i) => restoreRule(i, ruleId))}
        />
        <Seo report={report} onUse={onUse} busy={busy} />
        <Links
          report={report}
          onClean={onClean}
          onFix={(e) => void write(e, tr('noticeTrackingRemovedOne'))}
          busy={busy}
          cleanable={cleanEdits.length}
          check={{
            placed: placed?.byRange ?? new Map(),
            progress: linkCheck.progress,
            notice: linkCheck.notice,
            onCheck: linkCheck.check,
            onCancel: linkCheck.cancel,
            // English reads "Link updated: now https://…"; other languages show the button's own words.
            onLinkFix: (edits, label) => void write(edits, tr('noticeLinkUpdated', { what: uiLocale === 'en' ? label.replace(/^Use /, 'now ') : label })),
            prompt,
            // A tab of its own, paired with the same editor by a one-time secret (connection.popOut).
            onOpenInTab: linkCheck.promptBlocked ? () => connection.popOut() : undefined,
          }}
        />
        <Preview report={report} baseUrl={analysed.baseUrl} remoteMedia={analysed.remoteMedia} pageUrl={analysed.draft.url} />
      </main>
      {/* Last in the page and sticky at its bottom: what the last click did, and its Undo, stay in
          view wherever the click was (a "Fix all" far down the list left both scrolled away). */}
      <div class="status">
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
        <UndoButton undo={undo} busy={busy} />
      </div>
    </>
  );
}

