import { bySourcePosition, severityCounts } from './report';
import { applyDirectives, DIRECTIVE_RULE, directiveProblems, LATE_RULES, parseDirectives } from './directives';
import { parsePost } from './parse/post';
import { lineIndex } from './parse/lines';
import { markdown } from './parse/markdown';
import { safeRender } from './parse/safe-markdown';
import { firstPresent } from './parse/fields';
import { rules as allRules } from './rules/index';
import { resolveSchema, snippetLimits } from './schema/defaults';
import { suggestDescriptions } from './suggest/descriptions';
import { whyNoSuggestions } from './suggest/why-none';
import { withoutLengthOverlap } from './length-overlap';
import { DEV } from './dev';
import type { AnalyzeOptions, Diagnostic, Finding, Report, ResolvedOptions, Rule, RuleContext } from './types';

/** A rule broke its declared contract (a fix without `meta.fixable`, suggestions without `meta.hasSuggestions`). */
export class RuleContractError extends Error {}

/**
 * Holds a finding to what its rule declared. A `fix` from a rule without `meta.fixable` would
 * let `--fix` and the bulk buttons change the post unseen: in tests and development (DEV) that
 * throws, so the rule is caught before it ships; in the shipped product the fix is offered as a
 * suggestion instead (one at a time, never in bulk), so nothing is applied unseen and nothing is
 * lost. Suggestions without `meta.hasSuggestions` throw in DEV and are kept otherwise.
 */
export function withinContract(rule: Rule, f: Finding, dev = DEV): Finding {
  const undeclaredFix = f.fix !== undefined && rule.meta?.fixable !== true;
  const undeclaredSuggestions = f.suggestions !== undefined && f.suggestions.length > 0 && rule.meta?.hasSuggestions !== true;
  if (dev && (undeclaredFix || undeclaredSuggestions)) {
    throw new RuleContractError(`Rule ${rule.id} gave a ${undeclaredFix ? 'fix' : 'suggestion'} but its meta does not declare ${undeclaredFix ? 'fixable' : 'hasSuggestions'}: ${f.message}`);
  }
  let out = f;
  if (undeclaredFix) {
    const { fix, ...rest } = f;
    out = { ...rest, suggestions: [fix!, ...(f.suggestions ?? [])] };
  }
  if (out.suggestions && out.suggestions.length === 0) {
    const { suggestions: _none, ...rest } = out;
    out = rest;
  }
  return out;
}

/**
 * The whole analysis: one parse, every enabled rule, preview HTML and description
 * suggestions. Pure and synchronous; never throws on any input (a rule that crashes is
 * reported as an internal diagnostic instead of hiding the others). In tests and development
 * it does throw on a rule that breaks its meta (see `withinContract`).
 */
export function analyze(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): Report {
  const post = parsePost(text);
  const schema = resolveSchema(options.schema);
  const resolved: ResolvedOptions = { rules: options.rules ?? {}, locale: options.locale ?? 'en', baseUrl: options.baseUrl, extraTrackingParams: options.extraTrackingParams ?? [], keepTrackingParams: options.keepTrackingParams ?? [], now: options.now };
  const ctx: RuleContext = { ...post, schema, options: resolved };
  const lines = lineIndex(text);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = resolved.rules[rule.id];
    if (setting === 'off') continue;
    let findings;
    try {
      findings = rule.check(ctx);
    } catch (error) {
      findings = [{ start: 0, end: 0, message: `Internal error in rule ${rule.id}: ${(error as Error).message}`, severity: 'error' as const }];
    }
    for (const found of findings) {
      const f = withinContract(rule, found);
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      diagnostics.push({ ...f, ruleId: rule.id, severity: setting ?? f.severity ?? rule.defaultSeverity, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
  }
  // The post's own directive comments (<!-- post-preflight-disable … -->) turn findings off.
  const directives = parseDirectives(text, post.frontmatter, post.body, lines);
  if (directives.length && resolved.rules[DIRECTIVE_RULE] !== 'off') {
    const known = [...rules.map((r) => r.id), ...LATE_RULES];
    for (const f of directiveProblems(directives, known)) {
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      diagnostics.push({ ...f, ruleId: DIRECTIVE_RULE, severity: resolved.rules[DIRECTIVE_RULE] ?? 'warning', line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
  }
  const { kept: applied, suppressed } = applyDirectives(diagnostics, directives);
  const kept = withoutLengthOverlap(applied);
  kept.sort(bySourcePosition);
  const html = options.preview === false ? '' : safeRender(markdown, post.body.tokens, post.body.text);
  const suggestions = options.suggestions === false ? [] : suggestDescriptions(ctx);
  return {
    diagnostics: kept,
    frontmatter: { data: post.frontmatter.data, present: post.frontmatter.present, closed: post.frontmatter.closed },
    body: { start: post.body.start, text: post.body.text },
    links: post.links,
    headings: post.headings,
    html,
    suggestions,
    ...(options.suggestions !== false && suggestions.length === 0 ? { noSuggestions: whyNoSuggestions(ctx) } : {}),
    descriptionPath: firstPresent(post.frontmatter.data, schema.descriptionPath),
    limits: snippetLimits(schema),
    ...severityCounts(kept),
    suppressed,
    directives,
  };
}
