import { applyEdits } from '../../../src/core/fix';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import type { Finding, Rule, RuleContext } from '../../../src/core/types';

/** A rule context for `text`, built the way `analyze` builds it. */
export function contextFor(text: string): RuleContext {
  return { ...parsePost(text), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } };
}

export function check(rule: Rule, text: string): Finding[] {
  return rule.check(contextFor(text));
}

/** The text after applying one finding's fix. */
export function fixed(text: string, finding: Finding): string {
  if (!finding.fix) throw new Error(`no fix for: ${finding.message}`);
  return applyEdits(text, finding.fix.edits);
}

/** The text after applying every finding's fix at once (they must not overlap). */
export function fixedAll(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, findings.flatMap((f) => f.fix?.edits ?? []));
}

export const withTitle = (body: string, eol = '\n') => ['---', 'title: A walk through the harbour', 'date: 2025-03-01', '---', body].join(eol);
export const withoutTitle = (body: string) => `---\ndate: 2025-03-01\n---\n${body}`;
