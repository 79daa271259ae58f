/**
 * Decap CMS as the core sees it: plain data only (the MAIN-world driver converts Decap's
 * Immutable.js values with `toPlainConfig` / `toPlainValue` before anything here runs).
 */

/** One field of a collection's config (`collections[].fields[]` in config.yml). */
export interface DecapField {
  name: string;
  label?: string;
  widget?: string;
  /** Decap's default is required: only `false` makes a field optional. */
  required?: boolean;
  /** `[regex source, message]`. */
  pattern?: [string, string];
  min?: number;
  max?: number;
  /** Object widget's sub-fields, or a list's item fields. */
  fields?: DecapField[];
  /** A list's single item field. */
  field?: DecapField;
  /** Select widget: plain values or `{label, value}`. */
  options?: (string | number | { label?: string; value: string | number })[];
  multiple?: boolean;
}

/** A field value as stored in the entry's data: JSON-like. */
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export type EntryData = Record<string, PlainValue>;

/** Where a field's YAML sits in the serialized post (the whole `key: value` including nested lines). */
export interface FieldSpan {
  /** Dotted path, e.g. `seo.description`. */
  path: string;
  /** From the start of the key's line to the end of the value (exclusive). */
  start: number;
  end: number;
}

export interface SerializedEntry {
  text: string;
  /** Frontmatter block is `[0, bodyStart)`; the body field's value starts at `bodyStart`. */
  bodyStart: number;
  /** Every field and nested object field, in text order. */
  spans: FieldSpan[];
  /** The data that was serialized (what a mapped edit is compared against). */
  data: EntryData;
  /** Top-level names in the order they were written (collection order, then unknown keys). */
  order: string[];
}

/** A write to one top-level field; nested objects are written whole, as Decap expects. */
export interface FieldChange {
  /** Top-level field name (`seo`). */
  field: string;
  value: PlainValue;
  /** The dotted paths that actually changed inside it (`seo.description`), for messages and undo. */
  changed: string[];
  /**
   * The edit took the key out of the frontmatter (Undo of a field "Use this" added). `value` is
   * then what the widget holds when empty; an editor that can leave the key out of its entry does.
   */
  removed?: true;
}
