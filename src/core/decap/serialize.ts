import { isMap, isScalar, stringify, type YAMLMap } from 'yaml';
import { parseYamlBlock } from './yaml-block';
import type { DecapField, EntryData, FieldSpan, PlainValue, SerializedEntry } from './types';

/** Decap keeps the markdown body in this field (its frontmatter format's content key). */
export const BODY_FIELD = 'body';

/**
 * Writes an entry's fields as one markdown file, the way Decap saves it: `---`, the fields
 * as YAML in the collection's field order (then any keys the config doesn't list, in data
 * order), `---`, then the body as stored (ending with a newline, as Decap saves it). A pure function of its inputs, so an
 * unchanged draft always reads the same, and the YAML is re-parsed to locate every field.
 */
export function serializeEntry(fields: readonly DecapField[], data: EntryData): SerializedEntry {
  const order = fieldOrder(fields, data);
  const ordered: Record<string, PlainValue> = {};
  for (const name of order) ordered[name] = inFieldOrder(fields.find((f) => f.name === name), data[name]!);
  // The yaml library's default style (long strings fold at 80 columns) is also what Decap's
  // own writer uses, so the text reads the way Decap will save it.
  const yaml = order.length ? stringify(ordered) : '';
  const frontmatter = `---\n${yaml}---\n`;
  const stored = typeof data[BODY_FIELD] === 'string' ? (data[BODY_FIELD] as string) : '';
  // The rich-text widget stores the body without its final newline, and Decap adds one when it
  // saves (seen in 3.16): end the body the way the saved file will, so the text is the file.
  const body = stored && !stored.endsWith('\n') ? `${stored}\n` : stored;
  const text = frontmatter + body;
  return { text, bodyStart: frontmatter.length, spans: locateFields(text), data, order };
}

function fieldOrder(fields: readonly DecapField[], data: EntryData): string[] {
  const known = fields.map((f) => f.name).filter((n) => n !== BODY_FIELD && data[n] !== undefined);
  const extra = Object.keys(data).filter((n) => n !== BODY_FIELD && !known.includes(n));
  return [...known, ...extra];
}

/** Nested objects (and list items with sub-fields) follow their sub-fields' order too. */
function inFieldOrder(field: DecapField | undefined, value: PlainValue): PlainValue {
  const sub = field?.fields;
  if (!sub || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return field.widget === 'list' ? value.map((item) => inFieldOrder({ name: '', widget: 'object', fields: sub }, item)) : value;
  const names = [...sub.map((f) => f.name).filter((n) => value[n] !== undefined), ...Object.keys(value).filter((n) => !sub.some((f) => f.name === n))];
  const out: Record<string, PlainValue> = {};
  for (const n of names) out[n] = inFieldOrder(sub.find((f) => f.name === n), value[n]!);
  return out;
}

/** Spans of every key (nested object keys too), from the start of the key's line to the value's end. */
export function locateFields(text: string): FieldSpan[] {
  const block = parseYamlBlock(text);
  if (!block || !isMap(block.doc.contents)) return [];
  const { base } = block;
  const spans: FieldSpan[] = [];
  const walk = (map: YAMLMap, prefix: string): void => {
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const path = prefix + String(pair.key.value);
      const keyStart = base + pair.key.range[0];
      const value = pair.value as { range?: [number, number, number] } | null;
      const end = base + (value?.range ? value.range[1] : pair.key.range[1]);
      spans.push({ path, start: text.lastIndexOf('\n', keyStart - 1) + 1, end });
      if (isMap(pair.value)) walk(pair.value, path + '.');
    }
  };
  walk(block.doc.contents, '');
  return spans;
}
