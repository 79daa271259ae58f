import type { AnalyzeOptions, FieldType, PostSchema, RuleSetting } from '../../core/index';
import { compileFieldPattern } from '../../core/schema/pattern';
import { words, type Words } from '../errors';

/** What a site config may hold: the analysis options a site owns (not the CLI's own switches). */
export type SiteConfig = Pick<AnalyzeOptions, 'schema' | 'rules' | 'baseUrl' | 'extraTrackingParams' | 'keepTrackingParams'>;

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const FIELD_TYPES: readonly FieldType[] = ['string', 'text', 'date', 'boolean', 'number', 'list', 'object', 'url', 'image'];
const STRING_LISTS = ['titlePath', 'descriptionPath', 'draftFlags'] as const;
const LIMITS = ['titleMaxLength', 'titleMaxPixels', 'descriptionMinLength', 'descriptionMinPixels', 'descriptionMaxLength', 'descriptionMaxPixels'] as const;
const FIELD_NUMBERS = ['minLength', 'maxLength', 'min', 'max'] as const;
const FIELD_STRINGS = ['patternMessage', 'label'] as const;

type Issues = Words[];

/**
 * Checks a parsed config against the shape above and lists every problem at once, each
 * with its path (`schema.fields[1].type`), so a site owner can fix the file in one go.
 * Unknown keys are errors: a misspelt key would otherwise be silently ignored.
 */
export function validateConfig(value: unknown, knownRuleIds: readonly string[]): { config: SiteConfig; issues: string[]; issueWords: Words[] } {
  const issues: Issues = [];
  const result = (config: SiteConfig) => ({ config, issues: issues.map((say) => say('en')), issueWords: issues });
  if (!isObject(value)) {
    issues.push(words('cfgNotObject', { kind: kindOf(value) }));
    return result({});
  }
  unknownKeys(value, ['schema', 'rules', 'baseUrl', 'extraTrackingParams', 'keepTrackingParams'], '', issues);
  if ('rules' in value) checkRules(value.rules, knownRuleIds, issues);
  if ('baseUrl' in value) checkBaseUrl(value.baseUrl, issues);
  if ('extraTrackingParams' in value) checkStringList(value.extraTrackingParams, 'extraTrackingParams', issues);
  if ('keepTrackingParams' in value) checkStringList(value.keepTrackingParams, 'keepTrackingParams', issues);
  if ('schema' in value) checkSchema(value.schema, issues);
  return result(value as SiteConfig);
}

function checkRules(rules: unknown, known: readonly string[], issues: Issues): void {
  if (!isObject(rules)) return void issues.push(words('cfgRulesNotObject', { kind: kindOf(rules) }));
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.includes(id)) issues.push(words('cfgNoSuchRule', { id, hint: didYouMean(id, known) ?? words('cfgRulesAre', { list: known.join(', ') }) }));
    if (!SETTINGS.includes(setting as RuleSetting)) issues.push(words('cfgBadSetting', { id, allowed: SETTINGS.map((s) => `"${s}"`).join(', '), value: JSON.stringify(setting) }));
  }
}

function checkBaseUrl(url: unknown, issues: Issues): void {
  if (typeof url !== 'string') return void issues.push(words('cfgBaseUrlNotString', { kind: kindOf(url) }));
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) issues.push(words('cfgBaseUrlNotAbsolute', { value: JSON.stringify(url) }));
}

function checkSchema(schema: unknown, issues: Issues): void {
  if (!isObject(schema)) return void issues.push(words('cfgSchemaNotObject', { kind: kindOf(schema) }));
  const keys: (keyof PostSchema)[] = ['fields', ...STRING_LISTS, ...LIMITS];
  unknownKeys(schema, keys, 'schema.', issues);
  for (const key of STRING_LISTS) if (key in schema) checkStringList(schema[key], `schema.${key}`, issues);
  for (const key of LIMITS) if (key in schema) checkCount(schema[key], `schema.${key}`, issues);
  if (!('fields' in schema)) return;
  if (!Array.isArray(schema.fields)) return void issues.push(words('cfgFieldsNotList', { kind: kindOf(schema.fields) }));
  schema.fields.forEach((field, i) => checkField(field, `schema.fields[${i}]`, issues));
}

function checkField(field: unknown, at: string, issues: Issues): void {
  if (!isObject(field)) return void issues.push(words('cfgFieldNotObject', { at, kind: kindOf(field) }));
  unknownKeys(field, ['path', 'type', 'required', ...FIELD_NUMBERS, 'pattern', ...FIELD_STRINGS, 'enum'], `${at}.`, issues);
  if (typeof field.path !== 'string' || field.path === '') issues.push(words('cfgFieldNoPath', { at }));
  if ('type' in field && !FIELD_TYPES.includes(field.type as FieldType)) issues.push(words('cfgFieldBadType', { at, types: FIELD_TYPES.join(', '), value: JSON.stringify(field.type) }));
  if ('required' in field && typeof field.required !== 'boolean') issues.push(words('cfgMustBeBoolean', { at: `${at}.required`, kind: kindOf(field.required) }));
  for (const key of FIELD_NUMBERS) if (key in field && typeof field[key] !== 'number') issues.push(words('cfgMustBeNumber', { at: `${at}.${key}`, kind: kindOf(field[key]) }));
  for (const key of FIELD_STRINGS) if (key in field && typeof field[key] !== 'string') issues.push(words('cfgMustBeString', { at: `${at}.${key}`, kind: kindOf(field[key]) }));
  if ('pattern' in field) checkPattern(field.pattern, `${at}.pattern`, issues);
  if ('enum' in field && !(Array.isArray(field.enum) && field.enum.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))) {
    issues.push(words('cfgBadEnum', { at: `${at}.enum` }));
  }
}

function checkPattern(pattern: unknown, at: string, issues: Issues): void {
  if (typeof pattern !== 'string') return void issues.push(words('cfgPatternNotString', { at, kind: kindOf(pattern) }));
  const compiled = compileFieldPattern(pattern);
  if (compiled instanceof Error) issues.push(words(compiled.name === 'SyntaxError' ? 'cfgPatternInvalid' : 'cfgPatternCantRun', { at, detail: compiled.message }));
}

function checkStringList(list: unknown, at: string, issues: Issues): void {
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) issues.push(words('cfgNotStringList', { at, kind: kindOf(list) }));
}

function checkCount(n: unknown, at: string, issues: Issues): void {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) issues.push(words('cfgNotCount', { at, value: JSON.stringify(n) }));
}

function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], prefix: string, issues: Issues): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) issues.push(words('cfgUnknownKey', { key: `${prefix}${key}`, hint: didYouMean(key, allowed) ?? '', known: allowed.join(', ') }));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a wrong value is: JSON's own words (null, string "x", number 5) stay as they are. */
function kindOf(v: unknown): Words | string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return words('kindList');
  if (typeof v === 'object') return words('kindObject');
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** Suggests the closest known name when it is a typo away (edit distance ≤ 2). */
function didYouMean(name: string, known: readonly string[]): Words | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? words('cfgDidYouMean', { name: best }) : undefined;
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
