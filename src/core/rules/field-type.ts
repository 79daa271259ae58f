import { isScalar } from 'yaml';
import { doubleQuoted } from '../frontmatter/yaml-scalar';
import { describeValue, isBlank, isReadable } from '../frontmatter/readable';
import { fieldRange, findField, type FieldLocation } from '../parse/fields';
import type { FieldType } from '../schema/types';
import type { Finding, Fix, Rule } from '../types';
import { t, type Key, type Locale } from '../../i18n';

const EXPECTED: Record<FieldType, Key> = {
  string: 'typeText',
  text: 'typeText',
  url: 'typeUrl',
  image: 'typeImage',
  date: 'typeDate',
  boolean: 'typeBoolean',
  number: 'typeNumber',
  list: 'typeList',
  object: 'typeObject',
};

function matches(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'string':
    case 'text':
    case 'url':
    case 'image':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' || value instanceof Date; // whether it parses is date-valid's job
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'list':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  }
}

/**
 * The few mismatches with one obvious repair. Quoting a bare number or flag meant as text keeps
 * what readers see (`2025` shows as 2025 either way): a fix, when the value reads as written. Unquoting `"true"` or `"42"` changes
 * the value's type, which templates may read differently: a suggestion.
 */
function repair(type: FieldType, loc: FieldLocation, source: string, locale: Locale | undefined): { fix?: Fix; suggestions?: Fix[] } | undefined {
  const node = loc.node;
  if (!isScalar(node) || /[\r\n]/.test(source)) return undefined;
  const isText = type === 'string' || type === 'text';
  if (isText && node.type === 'PLAIN' && (typeof loc.value === 'number' || typeof loc.value === 'boolean')) {
    const quote = { description: t(locale, 'ruleFieldTypeQuote', { value: source }), edits: [{ start: loc.valueStart, end: loc.valueEnd, text: doubleQuoted(source) }] };
    // Only where the site shows what is written: `0x1F` shows as 31, `1.50` as 1.5, `True` as true,
    // `.inf` as Infinity; quoted, they would show as written, so that is the author's call.
    return String(loc.value) === source.trim() ? { fix: quote } : { suggestions: [quote] };
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (type === 'boolean' && quoted && typeof loc.value === 'string' && /^(true|false)$/i.test(loc.value)) {
    const bare = loc.value.toLowerCase();
    return { suggestions: [{ description: t(locale, 'ruleFieldTypeUnquote', { value: bare }), edits: [{ start: loc.valueStart, end: loc.valueEnd, text: bare }] }] };
  }
  if (type === 'number' && quoted && typeof loc.value === 'string' && /^-?\d+(\.\d+)?$/.test(loc.value)) {
    return { suggestions: [{ description: t(locale, 'ruleFieldTypeUnquote', { value: loc.value }), edits: [{ start: loc.valueStart, end: loc.valueEnd, text: loc.value }] }] };
  }
  return undefined;
}

const rule: Rule = {
  id: 'field-type',
  meta: { type: 'problem', fixable: true, hasSuggestions: true, docs: { description: 'Frontmatter fields hold the type the site schema gives them (text, date, boolean, number, list, url…).', anchor: 'rule-field-type' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema, text, options }) {
    if (!isReadable(frontmatter)) return [];
    const findings: Finding[] = [];
    for (const field of schema.fields) {
      if (!field.type || !(field.type in EXPECTED)) continue;
      const loc = findField(frontmatter, field.path);
      // Missing or empty values are required-fields' business, not a type error.
      if (!loc || isBlank(loc.value) || matches(field.type, loc.value)) continue;
      const source = text.slice(loc.valueStart, loc.valueEnd);
      const locale = options.locale;
      const repaired = repair(field.type, loc, source, locale);
      const offer = repaired?.fix ?? repaired?.suggestions?.[0];
      const name = field.label ? t(locale, 'ruleFieldLabelled', { label: field.label, path: field.path }) : `\`${field.path}\``;
      const hint = offer ? t(locale, 'ruleFieldTypeHint', { fix: offer.description }) : '';
      findings.push({
        ...fieldRange(loc, text),
        message: t(locale, 'ruleFieldType', { name, expected: t(locale, EXPECTED[field.type]), actual: describeValue(loc.value, locale), hint }),
        ...repaired,
        data: { path: field.path, expected: field.type },
      });
    }
    return findings;
  },
};
export default rule;
