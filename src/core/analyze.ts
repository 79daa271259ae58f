import { bySourcePosition, severityCounts } from './report';
import { parsePost } from './parse/post';
import { lineIndex } from './parse/lines';
import { markdown } from './parse/markdown';
import { safeRender } from './parse/safe-markdown';
import { firstPresent } from './parse/fields';
import { rules as allRules } from './rules/index';
import { resolveSchema } from './schema/defaults';
import { suggestDescriptions } from './suggest/descriptions';
import type { AnalyzeOptions, Diagnostic, Report, ResolvedOptions, Rule, RuleContext } from './types';

/**
 * The whole analysis: one parse, every enabled rule, preview HTML and description
 * suggestions. Pure and synchronous; never throws on any input (a rule that crashes is
 * reported as an internal diagnostic instead of hiding the others).
 */
export function analyze(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): Report {
  const post = parsePost(text);
  const schema = resolveSchema(options.schema);
  const resolved: ResolvedOptions = { rules: options.rules ?? {}, baseUrl: options.baseUrl, extraTrackingParams: options.extraTrackingParams ?? [], keepTrackingParams: options.keepTrackingParams ?? [], now: options.now };
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
    for (const f of findings) {
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      diagnostics.push({ ...f, ruleId: rule.id, severity: setting ?? f.severity ?? rule.defaultSeverity, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
  }
  diagnostics.sort(bySourcePosition);
  const html = options.preview === false ? '' : safeRender(markdown, post.body.tokens, post.body.text);
  const suggestions = options.suggestions === false ? [] : suggestDescriptions(ctx);
  return {
    diagnostics,
    frontmatter: { data: post.frontmatter.data, present: post.frontmatter.present, closed: post.frontmatter.closed },
    body: { start: post.body.start, text: post.body.text },
    links: post.links,
    headings: post.headings,
    html,
    suggestions,
    descriptionPath: firstPresent(post.frontmatter.data, schema.descriptionPath),
    ...severityCounts(diagnostics),
  };
}
