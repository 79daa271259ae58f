import type { DecapField, EntryData, PlainValue } from './types';

/**
 * Values read from the page are untrusted: they may be anything a script put there. These
 * guards keep only JSON-like data of bounded depth and size; anything else is dropped.
 */
const MAX_DEPTH = 16;
const MAX_ITEMS = 10_000;

export function toPlainValue(value: unknown, depth = 0): PlainValue | undefined {
  // A key Decap holds with no value (a field the driver took out, as Decap has no action that
  // removes one) is saved by Decap's YAML writer as `key: null`: the text says so too.
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (depth >= MAX_DEPTH || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    const out: PlainValue[] = [];
    for (const item of value.slice(0, MAX_ITEMS)) {
      const plain = toPlainValue(item, depth + 1);
      if (plain !== undefined) out.push(plain);
    }
    return out;
  }
  const out: Record<string, PlainValue> = {};
  for (const key of Object.keys(value).slice(0, MAX_ITEMS)) {
    if (key === '__proto__') continue;
    const plain = toPlainValue((value as Record<string, unknown>)[key], depth + 1);
    if (plain !== undefined) out[key] = plain;
  }
  return out;
}

export function toEntryData(value: unknown): EntryData {
  const plain = toPlainValue(value);
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? plain : {};
}

/** Keeps the parts of a field config the driver understands, with the types it expects. */
export function toFieldConfigs(value: unknown, depth = 0): DecapField[] {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return [];
  return value.flatMap((raw) => {
    const f = toFieldConfig(raw, depth);
    return f ? [f] : [];
  });
}

function toFieldConfig(raw: unknown, depth: number): DecapField | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name === '') return undefined;
  const f: DecapField = { name: r.name };
  if (typeof r.label === 'string') f.label = r.label;
  if (typeof r.widget === 'string') f.widget = r.widget;
  if (typeof r.required === 'boolean') f.required = r.required;
  if (Array.isArray(r.pattern) && typeof r.pattern[0] === 'string') f.pattern = [r.pattern[0], typeof r.pattern[1] === 'string' ? r.pattern[1] : ''];
  if (typeof r.min === 'number' && Number.isFinite(r.min)) f.min = r.min;
  if (typeof r.max === 'number' && Number.isFinite(r.max)) f.max = r.max;
  if (typeof r.multiple === 'boolean') f.multiple = r.multiple;
  if (Array.isArray(r.fields)) f.fields = toFieldConfigs(r.fields, depth + 1);
  const single = r.field ? toFieldConfigs([r.field], depth + 1)[0] : undefined;
  if (single) f.field = single;
  if (Array.isArray(r.options)) {
    f.options = r.options.flatMap((o: unknown): NonNullable<DecapField['options']> => {
      if (typeof o === 'string' || (typeof o === 'number' && Number.isFinite(o))) return [o];
      const opt = o as { value?: unknown; label?: unknown } | null;
      if (opt && typeof opt === 'object' && (typeof opt.value === 'string' || typeof opt.value === 'number')) return [{ value: opt.value, ...(typeof opt.label === 'string' ? { label: opt.label } : {}) }];
      return [];
    });
  }
  return f;
}
