import { applyEdits, normalizeEdits } from '../fix';
import { parseYamlBlock } from './yaml-block';
import type { TextEdit } from '../types';
import { toEntryData } from './plain';
import { BODY_FIELD } from './serialize';
import type { DecapField, FieldChange, PlainValue, SerializedEntry } from './types';
import type { ApplyFailureKey, ApplyFailureParams } from '../apply-failure';

export type MappedEdits =
  | { ok: true; changes: FieldChange[]; body: TextEdit[]; newBody: string; text: string }
  | { ok: false; reason: 'unsupported' | 'failed'; say: ApplyFailureKey; params?: ApplyFailureParams };

/**
 * Turns text edits on the serialized post into what Decap understands: field writes for the
 * frontmatter part and edits of the body field's own text. The frontmatter edits are applied
 * and the YAML re-parsed, so any edit that yields valid YAML works (a changed value, an added
 * key, a rewritten list); each top-level field whose value changed becomes one change, with
 * nested objects given whole.
 */
export function mapEdits(entry: SerializedEntry, fields: readonly DecapField[], edits: readonly TextEdit[]): MappedEdits {
  let sorted: TextEdit[];
  try {
    sorted = normalizeEdits(edits);
  } catch {
    return { ok: false, reason: 'failed', say: 'applyOverlap' };
  }
  const { bodyStart, text } = entry;
  const yamlStart = 4; // after "---\n"
  const yamlEnd = bodyStart - 4; // before "---\n"
  const head: TextEdit[] = [];
  const body: TextEdit[] = [];
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) return { ok: false, reason: 'failed', say: 'applyOutside' };
    if (e.start >= bodyStart) body.push({ start: e.start - bodyStart, end: e.end - bodyStart, text: e.text });
    else if (e.start >= yamlStart && e.end <= yamlEnd) head.push(e);
    else return { ok: false, reason: 'unsupported', say: 'applyFences' };
  }
  const oldBody = text.slice(bodyStart);
  const newBody = applyEdits(oldBody, body);
  const changes = head.length ? fieldChanges(entry, fields, applyEdits(text.slice(0, bodyStart), head)) : [];
  if (!Array.isArray(changes)) return changes;
  const newText = applyEdits(text, sorted);
  return { ok: true, changes, body, newBody, text: newText };
}

function fieldChanges(entry: SerializedEntry, fields: readonly DecapField[], frontmatter: string): FieldChange[] | Extract<MappedEdits, { ok: false }> {
  const block = parseYamlBlock(frontmatter);
  if (!block || block.errors.length) {
    return { ok: false, reason: 'failed', say: 'applyBreaksFrontmatter', params: { detail: block?.errors[0] ?? 'no closing ---' } };
  }
  const next = toEntryData(block.data);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const names = [...new Set([...entry.order, ...Object.keys(next)])];
  const changes: FieldChange[] = [];
  for (const name of names) {
    if (name === BODY_FIELD) return { ok: false, reason: 'unsupported', say: 'applyBodyNotField' };
    const config = byName.get(name);
    const value = coerce(config, next[name] ?? null);
    const changed = diffPaths(entry.data[name] ?? null, value, name);
    if (!changed.length) continue;
    if (!config && entry.data[name] === undefined) {
      return { ok: false, reason: 'unsupported', say: 'applyNoField', params: { path: name } };
    }
    changes.push({ field: name, value, changed, ...(next[name] === undefined && { removed: true as const }) });
  }
  return changes;
}

/**
 * Brings a parsed YAML value to the shape the field's widget stores (strings stay strings). A key
 * the collection does not list has no widget: Decap keeps it as parsed (`hidePost: true` stays a
 * boolean), and so does this.
 */
export function coerce(field: DecapField | undefined, value: PlainValue): PlainValue {
  if (!field) return value;
  const widget = field.widget ?? 'string';
  if (widget === 'object' && isRecord(value)) return coerceObject(field.fields, value);
  if (widget === 'list') {
    if (!Array.isArray(value)) return value;
    if (field.fields) return value.map((item) => (isRecord(item) ? coerceObject(field.fields, item) : item));
    if (field.field) return value.map((item) => coerce(field.field, item));
    return value.map((item) => (typeof item === 'number' || typeof item === 'boolean' ? String(item) : item));
  }
  if (widget === 'boolean' || widget === 'number' || widget === 'select' || widget === 'hidden' || widget === 'relation') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? '' : value;
}

function coerceObject(fields: readonly DecapField[] | undefined, value: Record<string, PlainValue>): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(value)) out[k] = coerce(fields?.find((f) => f.name === k), v);
  return out;
}

/** Dotted paths whose value differs (recursing into objects; lists compare whole). */
export function diffPaths(a: PlainValue, b: PlainValue, path: string): string[] {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffPaths(a[k] ?? null, b[k] ?? null, `${path}.${k}`));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

function isRecord(v: PlainValue): v is Record<string, PlainValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
