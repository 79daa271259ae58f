import type { Diagnostic } from './types';

/** The snippet-length advice, which says again what a site's own length rule already says. */
const SNIPPET_LENGTH_RULES = new Set(['title-length', 'description-length']);

/**
 * One message for one problem: where the site's own schema limits a field's length and
 * `field-constraints` reports it (Decap's `pattern: ['^.{50,160}$', …]`, a `maxLength`), the
 * snippet-length advice on the same field is dropped. Read from the findings that are left after
 * the rules' settings and the post's directive comments, so turning the site's rule off, or a
 * pattern that can't run (reported as a broken schema, not a length), keeps the advice.
 */
export function withoutLengthOverlap(diagnostics: Diagnostic[]): Diagnostic[] {
  const limited = new Set<unknown>();
  for (const d of diagnostics) if (d.ruleId === 'field-constraints' && d.data?.length === true) limited.add(d.data.path);
  if (!limited.size) return diagnostics;
  return diagnostics.filter((d) => !(SNIPPET_LENGTH_RULES.has(d.ruleId) && limited.has(d.data?.path)));
}
