import { describeValue, fenceRange, isBlank, isReadable } from '../frontmatter/readable';
import { fieldRange, findField } from '../parse/fields';
import { compileFieldPattern, type FieldPattern } from '../schema/pattern';
import { patternLength } from '../schema/site-length';
import type { FieldSchema } from '../schema/types';
import type { Finding, Frontmatter, Rule } from '../types';
import { t, type Locale } from '../../i18n';

function name(f: FieldSchema, locale: Locale | undefined): string {
  return f.label ? t(locale, 'ruleFieldLabelled', { label: f.label, path: f.path }) : `\`${f.path}\``;
}

/** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
function length(s: string): number {
  return [...s].length;
}

/** Linear-time matching (RE2): the pattern may come from the page (Decap's field config). */
function compile(f: FieldSchema): FieldPattern | Error | undefined {
  return f.pattern === undefined ? undefined : compileFieldPattern(f.pattern);
}

function checkField(fm: Frontmatter, text: string, f: FieldSchema, locale: Locale | undefined): Finding[] {
  const pattern = compile(f);
  const named = name(f, locale);
  const out: Finding[] = [];
  if (pattern instanceof Error) {
    // A mistake in the site's schema, not in the post: say so once, and skip only that check.
    const message = t(locale, pattern.name === 'SyntaxError' ? 'ruleConstraintPatternInvalid' : 'ruleConstraintPatternBroken', { name: named, error: pattern.message });
    out.push({ ...fenceRange(fm), severity: 'warning', message, data: { path: f.path, schemaError: true } });
  }
  const loc = findField(fm, f.path);
  if (!loc || isBlank(loc.value)) return out;
  const at = fieldRange(loc, text);
  // `length`: the finding is about the value's length (analyze then drops the snippet-length advice on the same field).
  const push = (message: string, range = at, length = false) => out.push({ ...range, message, data: { path: f.path, ...(length ? { length: true } : {}) } });
  const value = loc.value;

  if (typeof value === 'string') {
    const n = length(value);
    if (f.minLength !== undefined && n < f.minLength) push(t(locale, 'ruleConstraintMinLength', { name: named, length: n, min: f.minLength }), at, true);
    if (f.maxLength !== undefined && n > f.maxLength) push(t(locale, 'ruleConstraintMaxLength', { name: named, length: n, max: f.maxLength, over: n - f.maxLength }), at, true);
  }
  if (typeof value === 'number') {
    if (f.min !== undefined && value < f.min) push(t(locale, 'ruleConstraintMin', { name: named, value, min: f.min }));
    if (f.max !== undefined && value > f.max) push(t(locale, 'ruleConstraintMax', { name: named, value, max: f.max }));
  }
  if (Array.isArray(value)) {
    if (f.min !== undefined && value.length < f.min) push(t(locale, 'ruleConstraintMinItems', { name: named, count: value.length, min: f.min }));
    if (f.max !== undefined && value.length > f.max) push(t(locale, 'ruleConstraintMaxItems', { name: named, count: String(value.length), max: f.max, over: value.length - f.max }));
  }

  // Patterns and allowed values apply to a single value, or to each item of a list.
  const itemRange = (i: number) => {
    const item = findField(fm, `${f.path}.${i}`);
    return item ? fieldRange(item, text) : at;
  };
  const items = Array.isArray(value) ? value.map((v, i) => ({ v, range: itemRange(i) })) : [{ v: value, range: at }];
  for (const { v, range } of items) {
    const isScalarValue = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    if (pattern && !(pattern instanceof Error) && isScalarValue && !pattern.test(String(v))) {
      push(f.patternMessage ?? t(locale, 'ruleConstraintPattern', { name: named, value: describeValue(v, locale), pattern: f.pattern ?? '' }), range, f.pattern !== undefined && patternLength(f.pattern) !== undefined);
    }
    if (f.enum && f.enum.length && !f.enum.some((allowed) => String(allowed) === String(v))) {
      push(t(locale, 'ruleConstraintEnum', { name: named, value: describeValue(v, locale), allowed: f.enum.map(String).join(', ') }), range);
    }
  }
  return out;
}

const rule: Rule = {
  id: 'field-constraints',
  meta: { type: 'problem', docs: { description: 'Frontmatter values respect the site schema’s lengths, limits, patterns and allowed values.', anchor: 'rule-field-constraints' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema, text, options }) {
    if (!isReadable(frontmatter)) return [];
    return schema.fields.flatMap((f) => checkField(frontmatter, text, f, options.locale));
  },
};
export default rule;
