import { rules } from './rules/index';
import type { RuleMeta, Severity } from './types';

/** What the options page, `--help` and the README list for a rule id a site can configure. */
export interface RuleInfo {
  id: string;
  meta: RuleMeta;
  defaultSeverity: Severity;
  /** Each finding carries its own severity (a broken link is an error, a redirect a warning…). */
  severityPerFinding?: boolean;
  /** Checked over the network (`--links`, "Check links"), not by `analyze`. */
  network?: boolean;
}

/** The network link check: not a file in src/core/rules/, yet configured like one. */
export const linkCheckRule: RuleInfo = {
  id: 'link-check',
  defaultSeverity: 'error',
  severityPerFinding: true,
  network: true,
  meta: {
    type: 'problem',
    // An http link the site itself sends to the same address on https is fixed; any other move is the author's call.
    fixable: true,
    hasSuggestions: true,
    docs: {
      description: 'Links work when visited (with --links or "Check links"): broken, server errors, timeouts, unreachable sites, moved pages, #fragments without a heading.',
      anchor: 'rule-link-check',
    },
  },
};

/** Every rule id a site can set in its config or the options page, in display order. */
export const ruleCatalog: readonly RuleInfo[] = [...rules, linkCheckRule];

/** How a rule's default severity reads in help texts. */
export function defaultSeverityLabel(info: RuleInfo): string {
  return info.severityPerFinding ? 'per finding' : info.defaultSeverity;
}
