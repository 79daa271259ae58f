import { Document, isMap, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { parse as parseTomlText, TomlError } from 'smol-toml';
import type { Frontmatter, FrontmatterError } from '../types';
import { duplicateKeyErrors } from './duplicate-keys';

/**
 * Hugo (and a few other generators) also take TOML frontmatter between `+++` lines, and JSON
 * frontmatter as an object at the very start of the file. Both are read into the same shape as
 * YAML frontmatter: `data`, and a `yaml` Document whose nodes carry source ranges, so the title,
 * description, draft and field rules can point at the value. set-field writes string fields
 * into TOML too (set-toml-field.ts); JSON it refuses with a message naming the format.
 */

const TOML_FENCE = /^\+\+\+[ \t]*(?:\r\n|\n|\r|$)/;
const TOML_CLOSING = /^\+\+\+[ \t]*(?:\r\n|\n|\r|$)/gm;
/** A JSON object whose first key is on its way: `{` then a quoted key (a Hugo shortcode `{{<` is not JSON). */
const JSON_START = /^\{\s*"/;

export function isTomlStart(text: string, at: number): boolean {
  return TOML_FENCE.test(text.slice(at, at + 8));
}

export function isJsonStart(text: string, at: number): boolean {
  return JSON_START.test(text.slice(at, at + 200));
}

export function parseTomlFrontmatter(text: string, bom: number): Frontmatter {
  const open = TOML_FENCE.exec(text.slice(bom, bom + 8))!;
  const start = bom + open[0].length;
  TOML_CLOSING.lastIndex = start;
  let close: RegExpExecArray | null;
  while ((close = TOML_CLOSING.exec(text)) && close.index !== start && !/[\r\n]/.test(text[close.index - 1]!)) TOML_CLOSING.lastIndex = close.index + 1;
  const base = { present: true, start: bom, yamlStart: start, format: 'toml' as const, errors: [] as FrontmatterError[] };
  if (!close) {
    return { ...base, closed: false, end: text.length, yamlEnd: text.length, data: {}, errors: [{ code: 'UNCLOSED_FENCE', message: 'The TOML frontmatter opens with +++ but never closes: add a line with +++ after the last field.', start: bom, end: bom + 3 }] };
  }
  const end = close.index + close[0].length;
  const source = text.slice(start, close.index);
  let data: Record<string, unknown>;
  try {
    data = plain(parseTomlText(source)) as Record<string, unknown>;
  } catch (error) {
    const e = error as TomlError;
    const at = e instanceof TomlError ? start + offsetOf(source, e.line, e.column) : start;
    return { ...base, closed: true, end, yamlEnd: close.index, data: {}, errors: [{ code: 'TOML', message: `TOML error: ${String(e.message).split('\n')[0]!.replace(/^Invalid TOML document: /, '')}`, start: at, end: Math.min(at + 1, close.index) }] };
  }
  const doc = new Document(data);
  placeToml(doc, locateToml(source));
  return { ...base, closed: true, end, yamlEnd: close.index, data, doc, docBase: start };
}

export function parseJsonFrontmatter(text: string, bom: number): Frontmatter {
  const close = jsonObjectEnd(text, bom);
  const base = { present: true, start: bom, yamlStart: bom, format: 'json' as const };
  if (close < 0) {
    return { ...base, closed: false, end: text.length, yamlEnd: text.length, data: {}, errors: [{ code: 'UNCLOSED_FENCE', message: 'The JSON frontmatter opens with { but its closing } is missing.', start: bom, end: bom + 1 }] };
  }
  const source = text.slice(bom, close);
  // The closing } ends its line; text typed after it on the same line is the body's, and said.
  const lineEnd = /^[ \t]*(?:\r\n|\n|\r|$)/.exec(text.slice(close));
  const end = close + (lineEnd ? lineEnd[0].length : 0);
  const trailing = lineEnd ? [] : [{ code: 'JSON', message: 'The JSON frontmatter’s closing } must end its line: put what follows it on the next line.', start: close - 1, end: close }];
  let data: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(source);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SyntaxError('the frontmatter must be an object');
    data = value as Record<string, unknown>;
  } catch (error) {
    const m = / at position (\d+)/.exec((error as Error).message);
    const at = bom + (m ? Number(m[1]) : 0);
    const errors = [{ code: 'JSON', message: `JSON error: ${(error as Error).message.replace(/ at position \d+.*$/, '').replace(/ in JSON$/, '')}`, start: at, end: Math.min(at + 1, close) }, ...trailing];
    // A near miss (a trailing comma) still reads as a YAML flow mapping: keep its data for the
    // preview and the title, as for a YAML block with an error.
    const lenient = parseDocument(source, { prettyErrors: false });
    const loose = lenient.errors.length ? undefined : (lenient.toJS({ maxAliasCount: 100 }) as unknown);
    return { ...base, closed: true, end, yamlEnd: close, data: loose && typeof loose === 'object' && !Array.isArray(loose) ? (loose as Record<string, unknown>) : {}, errors };
  }
  // JSON is YAML: the yaml parser gives every node its source range.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const errors: FrontmatterError[] = duplicateKeyErrors(doc, bom);
  errors.push(...trailing);
  return { ...base, closed: true, end, yamlEnd: close, data, errors, doc: doc.errors.length && !errors.length ? undefined : doc, docBase: bom };
}

/** Offset just after the `}` that closes the object opening at `from`; -1 when it never closes. */
function jsonObjectEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The data of TOML frontmatter as `parseTomlFrontmatter` gives it, or undefined when it is not valid TOML (the check after an edit). */
export function readTomlData(source: string): Record<string, unknown> | undefined {
  try {
    return plain(parseTomlText(source)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Plain objects and strings for dates, the shapes YAML frontmatter gives (smol-toml returns null-prototype objects and TomlDate). */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(text.length, at + Math.max(0, column - 1));
}

/** How a TOML document is laid out in lines: its table headers and its `key = value` pairs, in order (for set-field). */
export interface TomlLayout {
  headers: Array<{ path: string[]; array: boolean; lineStart: number; lineEnd: number }>;
  /** `table`: the header's path the pair is under; `lineEnd`: where the line holding the value's end ends. */
  pairs: Array<{ table: string[]; keys: string[]; lineStart: number; valueStart: number; valueEnd: number; lineEnd: number }>;
}

/** The layout of a TOML source (offsets relative to it). */
export function tomlLayout(src: string): TomlLayout {
  const layout: TomlLayout = { headers: [], pairs: [] };
  locateToml(src, layout);
  return layout;
}

interface Place {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Where each key of a TOML document is written: `key = value` lines under `[table]` and
 * `[[array]]` headers, dotted and quoted keys, values spanning lines (multi-line strings, arrays,
 * inline tables). Paths are joined with NUL; array-of-tables entries by index.
 */
function locateToml(src: string, layout?: TomlLayout): Map<string, Place> {
  const places = new Map<string, Place>();
  const arrays = new Map<string, number>();
  let table: string[] = [];
  let i = 0;
  while (i < src.length) {
    const lineEnd = nextLineEnd(src, i);
    const line = src.slice(i, lineEnd);
    const indent = line.length - line.trimStart().length;
    const at = i + indent;
    const rest = line.trimStart();
    if (!rest || rest.startsWith('#')) {
      i = skipBreak(src, lineEnd);
      continue;
    }
    if (rest.startsWith('[')) {
      const double = rest.startsWith('[[');
      const close = rest.indexOf(double ? ']]' : ']');
      const keys = parseKeys(rest.slice(double ? 2 : 1, close < 0 ? undefined : close), at + (double ? 2 : 1));
      if (keys) {
        let path = keys.parts;
        if (double) {
          const key = path.join('\u0000');
          const n = (arrays.get(key) ?? -1) + 1;
          arrays.set(key, n);
          path = [...path, String(n)];
        }
        table = path;
        places.set(path.join('\u0000'), { keyStart: keys.start, keyEnd: keys.end, valueStart: keys.start, valueEnd: keys.end });
        layout?.headers.push({ path, array: double, lineStart: i, lineEnd });
      }
      i = skipBreak(src, lineEnd);
      continue;
    }
    const eq = findEquals(rest);
    const keys = eq < 0 ? undefined : parseKeys(rest.slice(0, eq), at);
    if (!keys) {
      i = skipBreak(src, lineEnd);
      continue;
    }
    let v = at + eq + 1;
    while (src[v] === ' ' || src[v] === '\t') v++;
    const valueEnd = valueEndAt(src, v);
    places.set([...table, ...keys.parts].join('\u0000'), { keyStart: keys.start, keyEnd: keys.end, valueStart: v, valueEnd });
    // A value may go on past its first line (a multi-line string, an array): the pair ends with the line it ends on.
    const pairEnd = Math.max(nextLineEnd(src, valueEnd), lineEnd);
    layout?.pairs.push({ table, keys: keys.parts, lineStart: i, valueStart: v, valueEnd, lineEnd: pairEnd });
    i = skipBreak(src, pairEnd);
  }
  return places;
}

function nextLineEnd(src: string, from: number): number {
  const m = /\r\n|\n|\r/g;
  m.lastIndex = from;
  const found = m.exec(src);
  return found ? found.index : src.length;
}

function skipBreak(src: string, at: number): number {
  if (src[at] === '\r' && src[at + 1] === '\n') return at + 2;
  return at + 1;
}

/** Index of the `=` that ends the key part of a `key = value` line (not one inside a quoted key). */
function findEquals(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '=') return i;
  }
  return -1;
}

/** `a.b."c.d"` → ['a', 'b', 'c.d'] with the span of the whole key; undefined if not a key. */
function parseKeys(raw: string, offset: number): { parts: string[]; start: number; end: number } | undefined {
  const parts: string[] = [];
  const re = /\s*(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(\.|$)/y;
  let m: RegExpExecArray | null;
  let last = 0;
  while (last < raw.length && (m = re.exec(raw))) {
    parts.push(m[1] ?? (m[2] !== undefined ? JSON.parse(`"${m[2]}"`) : m[3]!));
    last = re.lastIndex;
    if (!m[4]) break;
  }
  if (!parts.length || raw.slice(last).trim()) return undefined;
  const lead = raw.length - raw.trimStart().length;
  return { parts, start: offset + lead, end: offset + raw.trimEnd().length };
}

/** Where a value starting at `v` ends: quoted and multi-line strings, bracketed arrays and inline tables, else before a comment. */
function valueEndAt(src: string, v: number): number {
  if (src.startsWith('"""', v) || src.startsWith("'''", v)) return multiLineEnd(src, v);
  const c = src[v];
  if (c === '"' || c === "'") {
    for (let i = v + 1; i < src.length; i++) {
      if (src[i] === '\n' || src[i] === '\r') return i;
      if (c === '"' && src[i] === '\\') i++;
      else if (src[i] === c) return i + 1;
    }
    return src.length;
  }
  if (c === '[' || c === '{') {
    let depth = 0;
    let quote = '';
    for (let i = v; i < src.length; i++) {
      const ch = src[i]!;
      if (quote) {
        if (ch === '\\' && quote === '"') i++;
        else if (ch === quote) quote = '';
      } else if (src.startsWith('"""', i) || src.startsWith("'''", i)) i = multiLineEnd(src, i) - 1;
      else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#') i = nextLineEnd(src, i) - 1;
      else if (ch === '[' || ch === '{') depth++;
      else if ((ch === ']' || ch === '}') && --depth === 0) return i + 1;
    }
    return src.length;
  }
  // A bare value (number, boolean, date) ends at the line end or a comment.
  let segment = src.slice(v, nextLineEnd(src, v));
  const hash = segment.indexOf('#');
  if (hash >= 0) segment = segment.slice(0, hash);
  return v + segment.trimEnd().length;
}

/**
 * Where a multi-line string opening at `v` ends: at its closing triple quote (with up to two more
 * quotes of the content before it). In a basic one ("""), a backslash escapes the character after
 * it, so `"""C:\\"""` ends at its own quotes, not at the next triple quote further on.
 */
function multiLineEnd(src: string, v: number): number {
  const q = src.slice(v, v + 3);
  let close = -1;
  if (q === "'''") close = src.indexOf(q, v + 3);
  else {
    for (let i = v + 3; i < src.length; i++) {
      if (src[i] === '\\') i++;
      else if (src.startsWith(q, i)) {
        close = i;
        break;
      }
    }
  }
  if (close < 0) return src.length;
  let end = close + 3;
  while (src[end] === q[0] && end < close + 5) end++; // up to two quotes may end the content
  return end;
}

/** Gives the document's nodes the source ranges found by locateToml (relative to the TOML text, which is docBase). */
function placeToml(doc: Document, places: Map<string, Place>): void {
  const visit = (node: Node | null | undefined, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node | null>[]) {
        const key = String((pair.key as { value?: unknown }).value);
        const p = [...path, key];
        const place = places.get(p.join('\u0000'));
        if (place) {
          (pair.key as Node).range = [place.keyStart, place.keyEnd, place.keyEnd];
          if (pair.value) pair.value.range = [place.valueStart, place.valueEnd, place.valueEnd];
        }
        visit(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, String(i)];
        const place = places.get(p.join('\u0000'));
        if (place && item) (item as Node).range = [place.valueStart, place.valueEnd, place.valueEnd];
        visit(item as Node, p);
      });
    }
  };
  visit(doc.contents as Node, []);
}
