import { useState } from 'preact/hooks';
import type { Diagnostic } from '../../core/types';
import type { Ignores } from '../../protocol/ignores';
import { findingKey } from '../ignores';
import { groupTitle } from '../group-titles';
import { tr } from '../../platform/locale';
import { CODE, withCode } from './WithCode';

/**
 * What is ignored for this post, each with "Restore"; and how many findings the post's own
 * directive comments turn off (those are restored by editing the comment).
 */
export function IgnoredList(props: { ignores: Ignores; ignored: Diagnostic[]; suppressed: number; text: string; onRestoreRule(ruleId: string): void; onRestoreFinding(key: string): void }) {
  const [open, setOpen] = useState(false);
  const { ignores, ignored } = props;
  const entries = ignores.rules.length + ignores.findings.length;
  if (entries === 0 && props.suppressed === 0) return null;
  const byRule = (ruleId: string) => ignored.filter((d) => d.ruleId === ruleId).length;
  const present = new Set(ignored.filter((d) => !ignores.rules.includes(d.ruleId)).map((d) => findingKey(d, props.text)));
  const total = entries + (props.suppressed ? 1 : 0);
  return (
    <div class="ignored" data-part="ignored">
      <h3 class="fgroup-head">
        <button type="button" class="fgroup-toggle" aria-expanded={open} aria-controls="ignored-list" onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="fgroup-title">{tr('ignoredTitle', { count: ignored.length + props.suppressed })}</span>
        </button>
      </h3>
      <div id="ignored-list" hidden={!open} data-entries={total}>
        <ul>
          {ignores.rules.map((ruleId) => (
            <li key={`rule:${ruleId}`} class="ignored-item" data-ignored-rule={ruleId}>
              <span>
                {tr('ignoredAllOf', { title: groupTitle(ruleId, 2) })} <span class="muted">{tr('ignoredNow', { count: byRule(ruleId) })}</span>
              </span>
              <button type="button" class="quiet" data-action="restore-rule" onClick={() => props.onRestoreRule(ruleId)}>
                {tr('restore')}
              </button>
            </li>
          ))}
          {ignores.findings.map((f) => (
            <li key={f.key} class="ignored-item" data-ignored-finding={f.ruleId}>
              <span>
                {f.label} <span class="muted">({present.has(f.key) ? f.ruleId : tr('ignoredNotInPost', { rule: f.ruleId })})</span>
              </span>
              <button type="button" class="quiet" data-action="restore-finding" onClick={() => props.onRestoreFinding(f.key)}>
                {tr('restore')}
              </button>
            </li>
          ))}
        </ul>
        {props.suppressed > 0 && (
          <p class="hint" data-part="suppressed">
            {withCode(tr('ignoredSuppressed', { count: props.suppressed, code: CODE }), 'post-preflight-disable')}
          </p>
        )}
        <p class="hint">
          {withCode(tr('ignoredHowTo', { code: CODE }), '<!-- post-preflight-disable-next-line vague-link-text -->')}
        </p>
      </div>
    </div>
  );
}
