import type { ApplyResult } from '../../protocol/apply-result';
import { BODY_FIELD, mapEdits, schemaFromFields, serializeEntry, toEntryData, toFieldConfigs, type DecapField, type SerializedEntry } from '../../core/decap/index';
import type { PostSchema } from '../../core/schema/types';
import type { TextEdit } from '../../core/types';
import type { PageDriver, PageDriverFactory } from '../../page/driver';
import { nullProto } from '../../page/null-proto';
import { findStore, isImm, toImmutable, type DecapStore, type Imm } from './store';
import { changeField, clickBooleanSwitch, syncListWidget } from './write';
import { findBodyWidget, revealInBody, trackFocus, writeBody } from './body';
import { focusFieldControl, revealField } from './reveal';

/** The product's name in failures the panel shows (a proper noun: never translated). */
const CMS = 'Decap CMS';

/** The open entry, read and validated from the store; undefined when no editor is open. */
interface OpenEntry {
  key: string;
  collection: string;
  fields: DecapField[];
  fieldConfigs: Imm;
  data: Imm;
  serialized: SerializedEntry;
}

/** A value to write into a field; for the body, the text edits that make it (so the widget keeps the user's place). */
interface FieldWrite {
  name: string;
  value: unknown;
  bodyEdits?: readonly TextEdit[];
  /** Leave the field without a value: Decap has no action that takes a key out; its save (and the driver's text) write `null`. */
  removed?: boolean;
}

/** One edit from `a` to `b`: the changed middle between their common start and end. */
function wholeChange(a: string, b: string): TextEdit {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { start: p, end: a.length - s, text: b.slice(p, b.length - s) };
}

/** `#/collections/<name>/entries/<slug>` or `#/collections/<name>/new`: Decap's editor routes. */
const EDITOR_ROUTE = /^#\/collections\/([^/?]+)\/(?:entries\/(.+?)|new)(?:\?.*)?$/;

export const decapDriverFactory: PageDriverFactory = {
  id: 'decap',
  find(doc) {
    const store = findStore(doc);
    if (!store || !readOpenEntry(doc, store)) return undefined;
    let driver = drivers.get(store);
    if (!driver) drivers.set(store, (driver = createDriver(doc, store)));
    return driver;
  },
};

/** One driver per store: its key follows the open entry, so navigation needs no new driver. */
const drivers = new WeakMap<DecapStore, PageDriver>();

function readOpenEntry(doc: Document, store: DecapStore): OpenEntry | undefined {
  const route = EDITOR_ROUTE.exec(doc.defaultView?.location.hash ?? '');
  if (!route) return undefined;
  const state = store.getState() as Record<string, unknown> | null;
  const draft = state?.entryDraft;
  const entry = isImm(draft) ? draft.get('entry') : undefined;
  if (!isImm(entry)) return undefined;
  const collection = entry.get('collection');
  const slug = entry.get('slug');
  const isNew = entry.get('newRecord') === true;
  const routeSlug = route[2] === undefined ? undefined : decodeURIComponent(route[2]);
  // Right after in-app navigation the draft may still be the previous entry: wait for the new one.
  if (typeof collection !== 'string' || collection !== decodeURIComponent(route[1]!)) return undefined;
  if (isNew ? routeSlug !== undefined : typeof slug !== 'string' || slug !== routeSlug) return undefined;
  const collections = state?.collections;
  const fieldConfigs = isImm(collections) ? collections.getIn([collection, 'fields']) : undefined;
  const data = entry.get('data');
  if (!isImm(fieldConfigs) || !isImm(data)) return undefined;
  const { fields, serialized } = serializeCached(fieldConfigs, data);
  return { key: `${collection}/${isNew ? '(new)' : slug}`, collection, fields, fieldConfigs, data, serialized };
}

/**
 * Immutable values never change in place: the same `data` object means the same text. The
 * store notifies on every action (focus, validation, UI state), so most reads hit this cache.
 */
const serializedCache = new WeakMap<Imm, { fieldConfigs: Imm; fields: DecapField[]; serialized: SerializedEntry }>();

function serializeCached(fieldConfigs: Imm, data: Imm): { fields: DecapField[]; serialized: SerializedEntry } {
  const hit = serializedCache.get(data);
  if (hit && hit.fieldConfigs === fieldConfigs) return hit;
  const fields = toFieldConfigs(fieldConfigs.toJS());
  const entry = { fieldConfigs, fields, serialized: serializeEntry(fields, toEntryData(data.toJS())) };
  serializedCache.set(data, entry);
  return entry;
}

/**
 * A key the post holds that the collection does not list (`seo:` in a post whose collection has
 * no such field): Decap shows no widget for it but keeps it and saves it as it is in the entry's
 * data. Its change action needs only the field's name (Decap's reducer reads `name` and `meta`),
 * so a field of that name alone writes it. A key the post does not hold is refused before this
 * (mapEdits: applyNoField).
 */
function keptKey(entry: OpenEntry, name: string, emptyMap: Imm): Imm | undefined {
  return entry.data.get(name) === undefined ? undefined : emptyMap.set('name', name);
}

function createDriver(doc: Document, store: DecapStore): PageDriver {
  const open = () => readOpenEntry(doc, store);

  const fieldConfig = (entry: OpenEntry, name: string): Imm | undefined => {
    const f = entry.fieldConfigs.find((c) => isImm(c) && c.get('name') === name);
    return isImm(f) ? f : undefined;
  };

  /** Writes plain values into fields, the body last (through its widget, see decap-body.ts). */
  const write = async (entry: OpenEntry, values: FieldWrite[]): Promise<void> => {
    const emptyMap = entry.data.clear();
    const ordered = [...values.filter((v) => v.name !== BODY_FIELD), ...values.filter((v) => v.name === BODY_FIELD)];
    // Every field is found before any is written: a fix half applied would be worse than none.
    const fields = ordered.map(({ name }) => fieldConfig(entry, name) ?? keptKey(entry, name, emptyMap));
    const missing = ordered.findIndex((_, i) => !fields[i]);
    if (missing >= 0) throw new Error(`no field config for ${ordered[missing]!.name}`);
    for (const [i, { name, value, bodyEdits, removed }] of ordered.entries()) {
      const field = fields[i]!;
      const old = entry.data.get(name);
      const widget = field.get('widget');
      // An Undo of "Use this" on a post that had no description: the field is left unset (`null`), not an empty text.
      if (removed) {
        changeField(store, field, undefined);
        if (widget === 'list') syncListWidget(doc, name, []);
        continue;
      }
      if (name === BODY_FIELD && typeof value === 'string') {
        const before = typeof old === 'string' ? old : '';
        await writeBody(doc, store, field, before, value, bodyEdits ?? [wholeChange(before, value)]);
        continue;
      }
      if (widget === 'boolean' && typeof value === 'boolean' && clickBooleanSwitch(doc, name, value)) continue;
      const written = toImmutable(value, emptyMap);
      changeField(store, field, written);
      if (widget === 'list') syncListWidget(doc, name, isImm(written) ? (written.toJS() as unknown[]) : Array.isArray(written) ? written : []);
    }
  };

  return {
    id: 'decap',
    key: () => open()?.key ?? '',
    read: () => open()?.serialized.text ?? '',
    subscribe(onChange, signal) {
      if (signal.aborted) return;
      // Where the user was writing, to give it back after a fix made from the panel.
      trackFocus(doc, signal);
      let seen = `${open()?.key}\u0000${open()?.serialized.text}`;
      const check = () => {
        const entry = open();
        const now = `${entry?.key}\u0000${entry?.serialized.text}`;
        // The store notifies on every action (focus, validation, UI state): report text changes only.
        if (now !== seen) {
          seen = now;
          onChange();
        }
      };
      const unsubscribe = store.subscribe(check);
      doc.defaultView?.addEventListener('hashchange', check, { signal });
      signal.addEventListener('abort', () => unsubscribe(), { once: true });
    },
    async apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult> {
      const entry = open();
      // Results have no prototype: a page getter for `then` must not see or swap them (see nullProto).
      if (!entry) return nullProto({ ok: false, reason: 'unsupported', say: 'applyNoEntry', params: { cms: CMS } });
      if (entry.serialized.text !== expected) return nullProto({ ok: false, reason: 'stale', say: 'applyStale' });
      const mapped = mapEdits(entry.serialized, entry.fields, edits);
      if (!mapped.ok) return nullProto({ ...mapped, params: { ...mapped.params, cms: CMS } });
      const values: FieldWrite[] = mapped.changes.map((c) => ({ name: c.field, value: c.value, ...(c.removed && { removed: true }) }));
      const oldBody = entry.serialized.text.slice(entry.serialized.bodyStart);
      if (mapped.newBody !== oldBody) values.push({ name: BODY_FIELD, value: mapped.newBody, bodyEdits: mapped.body });
      try {
        await write(entry, values);
        const text = open()?.serialized.text ?? '';
        return nullProto({ ok: true, text });
      } catch (e) {
        return nullProto({ ok: false, reason: 'failed', say: 'applyRejected', params: { detail: e instanceof Error ? e.message : String(e) } });
      }
    },
    reveal(start: number, end: number, field?: string): void {
      const entry = open();
      if (!entry) return;
      const { serialized } = entry;
      if (start < serialized.bodyStart) {
        // A missing field has no lines in the text, but the form has its control.
        if (!revealField(doc, serialized, start, end) && field !== undefined) focusFieldControl(doc, field);
        return;
      }
      const widget = findBodyWidget(doc, BODY_FIELD);
      if (widget) void revealInBody(widget, serialized.text.slice(serialized.bodyStart), start - serialized.bodyStart, Math.max(start, end) - serialized.bodyStart);
    },
    schema(): Partial<PostSchema> | undefined {
      const entry = open();
      return entry ? schemaFromFields(entry.fields) : undefined;
    },
  };
}
export default decapDriverFactory;
