import type { AnalyzeOptions, FieldType, PostSchema, RuleSetting } from '../../core/index';
import { compileFieldPattern } from '../../core/schema/pattern';

/** What a site config may hold: the analysis options a site owns (not the CLI's own switches). */
export type SiteConfig = Pick<AnalyzeOptions, 'schema' | 'rules' | 'baseUrl' | 'extraTrackingParams' | 'keepTrackingParams'>;

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const FIELD_TYPES: readonly FieldType[] = ['string', 'text', 'date', 'boolean', 'number', 'list', 'object', 'url', 'image'];
const STRING_LISTS = ['titlePath', 'descriptionPath', 'draftFlags'] as const;
const LIMITS = ['titleMaxLength', 'titleMaxPixels', 'descriptionMinLength', 'descriptionMinPixels', 'descriptionMaxLength', 'descriptionMaxPixels'] as const;
const FIELD_NUMBERS = ['minLength', 'maxLength', 'min', 'max'] as const;
const FIELD_STRINGS = ['patternMessage', 'label'] as const;

type Issues = string[];

/**
 * Checks a parsed config against the shape above and lists every problem at once, each
 * with its path (`schema.fields[1].type`), so a site owner can fix the file in one go.
 * Unknown keys are errors: a misspelt key would otherwise be silently ignored.
 */
export function validateConfig(value: unknown, knownRuleIds: readonly string[]): { config: SiteConfig; issues: Issues } {
  const issues: Issues = [];
  if (!isObject(value)) return { config: {}, issues: [`the config must be a JSON object, not ${kindOf(value)}`] };
  unknownKeys(value, ['schema', 'rules', 'baseUrl', 'extraTrackingParams', 'keepTrackingParams'], '', issues);
  if ('rules' in value) checkRules(value.rules, knownRuleIds, issues);
  if ('baseUrl' in value) checkBaseUrl(value.baseUrl, issues);
  if ('extraTrackingParams' in value) checkStringList(value.extraTrackingParams, 'extraTrackingParams', issues);
  if ('keepTrackingParams' in value) checkStringList(value.keepTrackingParams, 'keepTrackingParams', issues);
  if ('schema' in value) checkSchema(value.schema, issues);
  return { config: value as SiteConfig, issues };
}

function checkRules(rules: unknown, known: readonly string[], issues: Issues): void {
  if (!isObject(rules)) return void issues.push(`"rules" must be an object like {"rule-id": "warning"}, not ${kindOf(rules)}`);
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.includes(id)) issues.push(`"rules.${id}": there is no rule "${id}"${didYouMean(id, known) || `; the rules are: ${known.join(', ')}`}`);
    if (!SETTINGS.includes(setting as RuleSetting)) issues.push(`"rules.${id}" must be one of ${SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${JSON.stringify(setting)}`);
  }
}

function checkBaseUrl(url: unknown, issues: Issues): void {
  if (typeof url !== 'string') return void issues.push(`"baseUrl" must be a string, not ${kindOf(url)}`);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) issues.push(`"baseUrl" must be an absolute http(s) address such as "https://example.org/", not ${JSON.stringify(url)}`);
}

function checkSchema(schema: unknown, issues: Issues): void {
  if (!isObject(schema)) return void issues.push(`"schema" must be an object, not ${kindOf(schema)}`);
  const keys: (keyof PostSchema)[] = ['fields', ...STRING_LISTS, ...LIMITS];
  unknownKeys(schema, keys, 'schema.', issues);
  for (const key of STRING_LISTS) if (key in schema) checkStringList(schema[key], `schema.${key}`, issues);
  for (const key of LIMITS) if (key in schema) checkCount(schema[key], `schema.${key}`, issues);
  if (!('fields' in schema)) return;
  if (!Array.isArray(schema.fields)) return void issues.push(`"schema.fields" must be a list of fields, not ${kindOf(schema.fields)}`);
  schema.fields.forEach((field, i) => checkField(field, `schema.fields[${i}]`, issues));
}

function checkField(field: unknown, at: string, issues: Issues): void {
  if (!isObject(field)) return void issues.push(`"${at}" must be an object like {"path": "title", "required": true}, not ${kindOf(field)}`);
  unknownKeys(field, ['path', 'type', 'required', ...FIELD_NUMBERS, 'pattern', ...FIELD_STRINGS, 'enum'], `${at}.`, issues);
  if (typeof field.path !== 'string' || field.path === '') issues.push(`"${at}.path" is needed: the field's dotted name, e.g. "seo.description"`);
  if ('type' in field && !FIELD_TYPES.includes(field.type as FieldType)) issues.push(`"${at}.type" must be one of ${FIELD_TYPES.join(', ')}, not ${JSON.stringify(field.type)}`);
  if ('required' in field && typeof field.required !== 'boolean') issues.push(`"${at}.required" must be true or false, not ${kindOf(field.required)}`);
  for (const key of FIELD_NUMBERS) if (key in field && typeof field[key] !== 'number') issues.push(`"${at}.${key}" must be a number, not ${kindOf(field[key])}`);
  for (const key of FIELD_STRINGS) if (key in field && typeof field[key] !== 'string') issues.push(`"${at}.${key}" must be a string, not ${kindOf(field[key])}`);
  if ('pattern' in field) checkPattern(field.pattern, `${at}.pattern`, issues);
  if ('enum' in field && !(Array.isArray(field.enum) && field.enum.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))) {
    issues.push(`"${at}.enum" must be a list of allowed values (strings, numbers or true/false)`);
  }
}

function checkPattern(pattern: unknown, at: string, issues: Issues): void {
  if (typeof pattern !== 'string') return void issues.push(`"${at}" must be a regular expression written as a string, not ${kindOf(pattern)}`);
  const compiled = compileFieldPattern(pattern);
  if (compiled instanceof Error) issues.push(compiled.name === 'SyntaxError' ? `"${at}" is not a valid regular expression: ${compiled.message}` : `"${at}" can't be run: ${compiled.message}`);
}

function checkStringList(list: unknown, at: string, issues: Issues): void {
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) issues.push(`"${at}" must be a list of strings, not ${kindOf(list)}`);
}

function checkCount(n: unknown, at: string, issues: Issues): void {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) issues.push(`"${at}" must be a number of 0 or more, not ${JSON.stringify(n)}`);
}

function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], prefix: string, issues: Issues): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) issues.push(`"${prefix}${key}" is not a known setting${didYouMean(key, allowed)}; known here: ${allowed.join(', ')}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** Suggests the closest known name when it is a typo away (edit distance ≤ 2). */
function didYouMean(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
