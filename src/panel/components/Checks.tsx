import { useMemo, useState } from 'preact/hooks';
import type { Diagnostic } from '../../core/types';
import { groupFindings } from '../finding-groups';
import type { Ignores } from '../../protocol/ignores';
import { FindingGroup, type GroupActions } from './FindingGroup';
import { IgnoredList } from './IgnoredList';
import { tr } from '../../platform/locale';

export interface ChecksProps extends GroupActions {
  diagnostics: Diagnostic[];
  /** The post's text the diagnostics point into (for the snippets and finding identities). */
  text: string;
  ignores: Ignores;
  /** Findings hidden by "Ignore", and how many the post's directive comments turn off. */
  ignored: Diagnostic[];
  suppressed: number;
  onRestoreRule(ruleId: string): void;
  onRestoreFinding(key: string): void;
}

/** A group opens by itself when it holds errors or is short; long lists of warnings start closed. */
const openByDefault = (severity: Diagnostic['severity'], count: number) => severity === 'error' || count <= 3;

/** The Checks section: findings grouped by rule, errors first, then what is ignored for this post. */
export function Checks({ diagnostics, text, ignores, ignored, suppressed, onRestoreRule, onRestoreFinding, ...actions }: ChecksProps) {
  const groups = useMemo(() => groupFindings(diagnostics), [diagnostics]);
  // The author's open/closed choice per rule outlives re-analysis while typing.
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  return (
    <section id="checks" aria-labelledby="checks-h">
      <h2 id="checks-h">{tr('sectionChecks')}</h2>
      {groups.length === 0 && <p class="ok">{tr('noProblems')}</p>}
      {groups.map((g) => {
        const open = toggled[g.ruleId] ?? openByDefault(g.severity, g.items.length);
        return <FindingGroup key={g.ruleId} group={g} text={text} open={open} onToggle={() => setToggled({ ...toggled, [g.ruleId]: !open })} {...actions} />;
      })}
      <IgnoredList ignores={ignores} ignored={ignored} suppressed={suppressed} text={text} onRestoreRule={onRestoreRule} onRestoreFinding={onRestoreFinding} />
    </section>
  );
}
