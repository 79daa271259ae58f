/**
 * The content-script end's check of every answer from the MAIN world (the page's world, so
 * untrusted data): one validator per request kind of src/protocol/bridge.ts, applied once, in
 * src/editors/page-bridge.ts, before any caller sees an answer. Own properties only, and results
 * are fresh null-prototype records (they resolve promises; see page-bridge.ts `field`, `record`).
 */
import type { FieldSchema, FieldType, PostSchema } from '../core/schema/types';
import { APPLY_FAILURE_KEYS, APPLY_FAILURE_PARAMS, type ApplyFailureKey, type ApplyFailureParams, type ApplyFailureReason, type ApplyResult } from '../protocol/apply-result';
import type { BridgeResponses, EditorInfo, RequestKind } from '../protocol/bridge';
import { stringFacts } from '../protocol/string-facts';
import { field as own, record } from './record';

const REASONS: readonly ApplyFailureReason[] = ['stale', 'read-only', 'unsupported', 'failed'];

function fail(what: string): never {
  throw new Error(what);
}

export function validateEditorInfo(value: unknown): EditorInfo | null {
  if (value === null) return null;
  if (typeof value !== 'object') fail('not an object');
  const [driver, key, text] = [own(value, 'driver'), own(value, 'key'), own(value, 'text')];
  if (typeof driver !== 'string' || typeof key !== 'string' || typeof text !== 'string') fail('driver, key and text must be strings');
  return record({ driver, key, text });
}

export function validateApplyResult(value: unknown): ApplyResult {
  if (typeof value !== 'object' || value === null) fail('not an object');
  const [ok, text, reason, say, params] = [own(value, 'ok'), own(value, 'text'), own(value, 'reason'), own(value, 'say'), own(value, 'params')];
  if (ok === true && typeof text === 'string') return record({ ok: true, text });
  if (ok === false && REASONS.includes(reason as ApplyFailureReason) && APPLY_FAILURE_KEYS.includes(say as ApplyFailureKey)) {
    const facts = validateFailureParams(params);
    return record({ ok: false, reason: reason as ApplyFailureReason, say: say as ApplyFailureKey, ...(facts ? { params: facts } : {}) });
  }
  fail('not an apply result');
}

/** Only the known facts, each a short string: they end up inside a sentence the panel shows. */
function validateFailureParams(value: unknown): ApplyFailureParams | undefined {
  const facts = stringFacts(value, APPLY_FAILURE_PARAMS, 300);
  if (facts === null) fail('failure params must be an object of strings');
  return facts;
}

export const validateBoolean = (value: unknown): boolean => (typeof value === 'boolean' ? value : fail('not a boolean'));

const FIELD_TYPES = ['string', 'text', 'date', 'boolean', 'number', 'list', 'object', 'url', 'image'];
const MAX_FIELDS = 200;
/** A CMS pattern is compiled by the panel: a page must not hand it a huge expression. */
const MAX_PATTERN_CHARS = 500;

const short = (v: unknown, max = 200): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** Keeps only well-typed field rules: the schema comes from the page, the panel trusts what we pass. */
function validateField(value: unknown): FieldSchema | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const path = short(own(value, 'path'));
  if (!path) return undefined;
  const field: FieldSchema = record({ path });
  const [type, required, enumValues] = [own(value, 'type'), own(value, 'required'), own(value, 'enum')];
  if (FIELD_TYPES.includes(type as string)) field.type = type as FieldType;
  if (typeof required === 'boolean') field.required = required;
  for (const k of ['minLength', 'maxLength', 'min', 'max'] as const) {
    const n = count(own(value, k));
    if (n !== undefined) field[k] = n;
  }
  const pattern = short(own(value, 'pattern'), MAX_PATTERN_CHARS);
  if (pattern !== undefined) field.pattern = pattern;
  const patternMessage = short(own(value, 'patternMessage'), 500);
  if (patternMessage !== undefined) field.patternMessage = patternMessage;
  const label = short(own(value, 'label'));
  if (label !== undefined) field.label = label;
  if (Array.isArray(enumValues)) field.enum = enumValues.filter((e): e is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof e)).slice(0, 200);
  return field;
}

export function validateSchema(value: unknown): Partial<PostSchema> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) fail('not an object');
  const fields = own(value, 'fields');
  if (fields === undefined) return undefined;
  if (!Array.isArray(fields)) fail('fields must be a list');
  // Only field rules: where the title/description live and the length limits stay the user's.
  return record({ fields: fields.slice(0, MAX_FIELDS).map(validateField).filter((f): f is FieldSchema => f !== undefined) });
}

/** The validator of each request's answer: the page bridge applies the one of the request made. */
export const ANSWERS: { [K in RequestKind]: (value: unknown) => BridgeResponses[K] } = {
  find: validateEditorInfo,
  apply: validateApplyResult,
  arm: (value) => (value === 'armed' || value === 'loaded' ? value : fail('not armed or loaded')),
  disarm: (value) => (value === true ? value : fail('not disarmed')),
  reveal: validateBoolean,
  schema: validateSchema,
  close: () => true,
};
