import { defaultSeverityLabel, ruleCatalog, type RuleInfo } from '../core/rule-catalog';
import type { RuleSetting } from '../core/types';
import { tr, uiLocale } from '../platform/locale';
import { ruleDescription } from '../core/rule-descriptions';

const SETTING_LABEL = { error: 'settingError', warning: 'settingWarning', info: 'settingInfo', off: 'settingOff', 'per finding': 'settingPerFinding' } as const;
const SETTINGS_CHOICES: (RuleSetting | '')[] = ['', 'error', 'warning', 'info', 'off'];

/**
 * One row per rule id a site can set (every rule and the network link check), with its
 * description and default: the same list as `--help` and the README rules table.
 */
export function RuleSettings(props: { settings: Record<string, RuleSetting>; onChange: (next: Record<string, RuleSetting>) => void; catalog?: readonly RuleInfo[] }) {
  return (
    <div class="rules">
      {(props.catalog ?? ruleCatalog).map((r) => (
        <label key={r.id} data-rule={r.id}>
          <span class="rule-id">{r.id}</span>{' '}
          <select
            value={props.settings[r.id] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value as RuleSetting | '';
              const next = { ...props.settings };
              if (value) next[r.id] = value;
              else delete next[r.id];
              props.onChange(next);
            }}
          >
            {SETTINGS_CHOICES.map((c) => (
              <option key={c} value={c}>
                {c ? tr(SETTING_LABEL[c]) : tr('optRuleDefault', { severity: tr(SETTING_LABEL[defaultSeverityLabel(r) as keyof typeof SETTING_LABEL]) })}
              </option>
            ))}
          </select>
          <span class="rule-desc">{ruleDescription(uiLocale, r)}</span>
        </label>
      ))}
    </div>
  );
}
