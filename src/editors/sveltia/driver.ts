import type { ApplyResult } from '../../protocol/apply-result';
import { BODY_FIELD, mapEdits, schemaFromFields, serializeEntry, type DecapField, type PlainValue, type SerializedEntry } from '../../core/decap/index';
import type { TextEdit } from '../../core/types';
import type { PageDriver, PageDriverFactory } from '../../page/driver';
import { nullProto } from '../../page/null-proto';
import { loadedConfig } from './config';
import { findEditPane, parseRoute, routeKey } from './detect';
import { fieldAt, readForm, writeField } from './form';

/** The product's name in failures the panel shows (a proper noun: never translated). */
const CMS = 'Sveltia CMS';

/**
 * Sveltia CMS in the page's MAIN world: the open entry's form, presented as one markdown file
 * (the collection's fields as YAML frontmatter, then the body), and fixes written back field by
 * field through the form. The same text model as Decap's driver (src/core/decap), since both
 * CMSs read the same config.yml and save the same file.
 */

interface OpenEntry {
  key: string;
  pane: Element;
  fields: DecapField[];
  serialized: SerializedEntry;
}

/** How often the form is re-read: typing in Lexical updates the hidden textarea without events. */
const POLL_MS = 300;

function readOpenEntry(doc: Document): OpenEntry | undefined {
  const route = parseRoute(doc.defaultView?.location.hash ?? '');
  if (!route) return undefined;
  const pane = findEditPane(doc);
  const fields = pane ? loadedConfig(doc)?.collections.get(route.collection) : undefined;
  if (!pane || !fields) return undefined;
  const data = readForm(pane, fields);
  if (typeof data[BODY_FIELD] !== 'string' && fields.some((f) => f.name === BODY_FIELD)) return undefined; // still rendering
  return { key: routeKey(route), pane, fields, serialized: serializeEntry(fields, data) };
}

/**
 * Going straight from one entry's address to another's, Sveltia keeps its form and swaps the
 * values in place about half a second after the route changed. Until the form shows something
 * else than the previous entry did (or this long has passed: two entries may read the same),
 * the entry counts as not open, so nothing of the previous entry is presented as the next.
 */
const SWITCH_GRACE_MS = 2000;
const confirmed = new WeakMap<Document, { key: string; text: string; pendingKey?: string; since?: number }>();

function confirmedEntry(doc: Document): OpenEntry | undefined {
  const entry = readOpenEntry(doc);
  if (!entry) return undefined;
  const seen = confirmed.get(doc);
  const text = entry.serialized.text;
  if (!seen || seen.key === entry.key) {
    confirmed.set(doc, { key: entry.key, text });
    return entry;
  }
  if (seen.pendingKey !== entry.key) Object.assign(seen, { pendingKey: entry.key, since: Date.now() });
  if (text !== seen.text || Date.now() - (seen.since ?? 0) >= SWITCH_GRACE_MS) {
    confirmed.set(doc, { key: entry.key, text });
    return entry;
  }
  return undefined;
}

/** Leaving the editor (the list, another page of the app) ends the previous entry: the next one starts fresh. */
function forgetWhenClosed(doc: Document): void {
  if (!findEditPane(doc)) confirmed.delete(doc);
}

const drivers = new WeakMap<Document, PageDriver>();

export const sveltiaDriverFactory: PageDriverFactory = {
  id: 'sveltia',
  find(doc) {
    forgetWhenClosed(doc);
    if (!confirmedEntry(doc)) return undefined;
    let driver = drivers.get(doc);
    if (!driver) drivers.set(doc, (driver = createDriver(doc)));
    return driver;
  },
};

/** Lets Svelte flush its updates and Lexical run its update listeners before the form is re-read. */
const settle = () =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), resolve()), 20));
  });

const leaf = (value: PlainValue | undefined, path: string[]): PlainValue | undefined => {
  let v = value;
  for (const k of path) v = v && typeof v === 'object' && !Array.isArray(v) ? v[k] : undefined;
  return v;
};

function createDriver(doc: Document): PageDriver {
  const open = () => confirmedEntry(doc);

  /** Writes values at dotted paths, the body last; stops at the first the form refuses. */
  const write = async (entry: OpenEntry, values: { path: string; value: PlainValue }[]): Promise<{ error?: string }> => {
    const ordered = [...values.filter((v) => v.path !== BODY_FIELD), ...values.filter((v) => v.path === BODY_FIELD)];
    for (const { path, value } of ordered) {
      const field = fieldAt(entry.fields, path);
      if (!field) return nullProto({ error: `no field config for ${path}` });
      const error = writeField(entry.pane, field, path, value);
      if (error) return nullProto({ error });
    }
    await settle();
    return nullProto({});
  };

  return {
    id: 'sveltia',
    key: () => open()?.key ?? '',
    read: () => open()?.serialized.text ?? '',
    subscribe(onChange, signal) {
      if (signal.aborted) return;
      let seen = `${open()?.key}\u0000${open()?.serialized.text}`;
      const check = () => {
        const entry = open();
        // Between two entries: the page script's DOM watch detaches, then finds the next one.
        if (!entry) return;
        const now = `${entry?.key}\u0000${entry?.serialized.text}`;
        if (now !== seen) {
          seen = now;
          onChange();
        }
      };
      const win = doc.defaultView;
      win?.addEventListener('input', check, { capture: true, signal });
      win?.addEventListener('hashchange', check, { signal });
      const timer = setInterval(check, POLL_MS);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
    async apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult> {
      const entry = open();
      if (!entry) return nullProto({ ok: false, reason: 'unsupported', say: 'applyNoEntry', params: { cms: CMS } });
      if (entry.serialized.text !== expected) return nullProto({ ok: false, reason: 'stale', say: 'applyStale' });
      const mapped = mapEdits(entry.serialized, entry.fields, edits);
      if (!mapped.ok) return nullProto({ ...mapped, params: { ...mapped.params, cms: CMS } });
      const values: { path: string; value: PlainValue }[] = [];
      for (const change of mapped.changes) {
        for (const path of change.changed) {
          const value = leaf(change.value, path.split('.').slice(1));
          if (value === undefined) return nullProto({ ok: false, reason: 'unsupported', say: 'applyRemoveUnsupported', params: { cms: CMS, path } });
          values.push({ path, value });
        }
      }
      if (mapped.newBody !== entry.serialized.text.slice(entry.serialized.bodyStart)) values.push({ path: BODY_FIELD, value: mapped.newBody });
      // Refuse before writing anything: a half-applied fix would be worse than none.
      for (const { path, value } of values) {
        const field = fieldAt(entry.fields, path);
        const widget = field?.widget ?? 'string';
        if (!field || widget === 'list' || widget === 'object' || widget === 'datetime') {
          return nullProto({ ok: false, reason: 'unsupported', say: 'applyFieldUnsupported', params: { cms: CMS, path } });
        }
      }
      const { error } = await write(entry, values);
      const text = open()?.serialized.text ?? '';
      if (error) return nullProto({ ok: false, reason: 'failed', say: 'applyRejected', params: { detail: String(error) } });
      return nullProto({ ok: true, text });
    },
    schema() {
      const entry = open();
      return entry ? schemaFromFields(entry.fields) : undefined;
    },
  };
}
export default sveltiaDriverFactory;
