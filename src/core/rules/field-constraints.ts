import { describeValue, fenceRange, isBlank, isReadable } from '../frontmatter/readable';
import { fieldRange, findField } from '../parse/fields';
import { compileFieldPattern, type FieldPattern } from '../schema/pattern';
import type { FieldSchema } from '../schema/types';
import type { Finding, Frontmatter, Rule } from '../types';

function name(f: FieldSchema): string {
  return f.label ? `“${f.label}” (${f.path})` : `\`${f.path}\``;
}

/** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
function length(s: string): number {
  return [...s].length;
}

/** Linear-time matching (RE2): the pattern may come from the page (Decap's field config). */
function compile(f: FieldSchema): FieldPattern | Error | undefined {
  return f.pattern === undefined ? undefined : compileFieldPattern(f.pattern);
}

function checkField(fm: Frontmatter, text: string, f: FieldSchema): Finding[] {
  const pattern = compile(f);
  const out: Finding[] = [];
  if (pattern instanceof Error) {
    // A mistake in the site's schema, not in the post: say so once, and skip only that check.
    const why = pattern.name === 'SyntaxError' ? `is not a valid regular expression (${pattern.message})` : `can’t be run: ${pattern.message}`;
    out.push({ ...fenceRange(fm), severity: 'warning', message: `The site schema’s pattern for ${name(f)} ${why}; fix it in the schema. The post itself may be fine.`, data: { path: f.path, schemaError: true } });
  }
  const loc = findField(fm, f.path);
  if (!loc || isBlank(loc.value)) return out;
  const at = fieldRange(loc, text);
  const push = (message: string, range = at) => out.push({ ...range, message, data: { path: f.path } });
  const value = loc.value;

  if (typeof value === 'string') {
    const n = length(value);
    if (f.minLength !== undefined && n < f.minLength) push(`${name(f)} is ${n} characters long; the site needs at least ${f.minLength}. Add to it.`);
    if (f.maxLength !== undefined && n > f.maxLength) push(`${name(f)} is ${n} characters long; the site allows at most ${f.maxLength}. Shorten it by ${n - f.maxLength}.`);
  }
  if (typeof value === 'number') {
    if (f.min !== undefined && value < f.min) push(`${name(f)} is ${value}; the smallest value the site allows is ${f.min}.`);
    if (f.max !== undefined && value > f.max) push(`${name(f)} is ${value}; the largest value the site allows is ${f.max}.`);
  }
  if (Array.isArray(value)) {
    if (f.min !== undefined && value.length < f.min) push(`${name(f)} has ${value.length} item${value.length === 1 ? '' : 's'}; the site needs at least ${f.min}.`);
    if (f.max !== undefined && value.length > f.max) push(`${name(f)} has ${value.length} items; the site allows at most ${f.max}. Remove ${value.length - f.max}.`);
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
      push(f.patternMessage ?? `${name(f)}: ${describeValue(v)} doesn’t have the form the site expects (pattern ${f.pattern}).`, range);
    }
    if (f.enum && f.enum.length && !f.enum.some((allowed) => String(allowed) === String(v))) {
      push(`${name(f)}: ${describeValue(v)} is not one of the allowed values: ${f.enum.map(String).join(', ')}.`, range);
    }
  }
  return out;
}

const rule: Rule = {
  id: 'field-constraints',
  meta: { type: 'problem', docs: { description: 'Frontmatter values respect the site schema’s lengths, limits, patterns and allowed values.', anchor: 'rule-field-constraints' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema, text }) {
    if (!isReadable(frontmatter)) return [];
    return schema.fields.flatMap((f) => checkField(frontmatter, text, f));
  },
};
export default rule;
