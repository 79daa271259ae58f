import type { FindingGroup as Group } from '../finding-groups';
import type { TextEdit } from '../../core/types';
import { FindingRow, type RowActions } from './FindingRow';
import { useRowLimit } from './ShowMore';
import { tr } from '../../platform/locale';

// Looked up at render time: the UI language's catalog is loaded after this module (see localeReady).
const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export interface GroupActions extends RowActions {
  onBulk(ruleId: string, edits: TextEdit[], label: string): void;
  onIgnoreRule(ruleId: string): void;
}

/**
 * One rule's findings: a heading that opens and closes the list ("18 links carry tracking
 * parameters"), the group's bulk fix and "Ignore all", the advice said once, then a compact
 * row per finding. Closed rows stay in the document (hidden), so find-in-page and scripts
 * still see every finding.
 */
export function FindingGroup({ group, text, open, onToggle, ...a }: GroupActions & { group: Group; text: string; open: boolean; onToggle(): void }) {
  const { shown, more } = useRowLimit(group.items);
  const listId = `group-${group.ruleId}`;
  return (
    <div class={`fgroup sev-${group.severity}`} data-group={group.ruleId} data-count={group.items.length}>
      <div class="fgroup-top">
        <h3 class="fgroup-head">
          <button type="button" class="fgroup-toggle" aria-expanded={open} aria-controls={listId} onClick={onToggle}>
            <span class="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span class={`sev-badge sev-${group.severity}`}>{tr(SEVERITY_KEY[group.severity])}</span>
            <span class="fgroup-title">{group.title}</span>
          </button>
        </h3>
        <div class="fgroup-actions">
          {group.bulk && (
            <button type="button" class="fix" data-action="fix-group" data-rule={group.ruleId} disabled={a.busy} onClick={() => a.onBulk(group.ruleId, group.bulk!.edits, group.title)}>
              {group.bulk.label}
            </button>
          )}
          <button type="button" class="quiet" data-action="ignore-rule" data-rule={group.ruleId} onClick={() => a.onIgnoreRule(group.ruleId)} aria-label={tr('ignoreAllLabel', { title: group.title })}>
            {tr('ignoreAll')}
          </button>
        </div>
      </div>
      <div id={listId} hidden={!open}>
        {group.advice && <p class="fgroup-advice">{group.advice}</p>}
        <ul>
          {shown.map((d) => (
            <FindingRow key={`${d.start}:${d.end}:${d.message}`} d={d} text={text} advice={group.advice} {...a} />
          ))}
        </ul>
        {more}
      </div>
    </div>
  );
}
