import { isScalar, parseDocument } from 'yaml';

/**
 * Writing a string as a YAML scalar that every common reader (the `yaml` package in 1.2 mode,
 * and YAML 1.1 readers such as js-yaml in gray-matter, which turn `yes`, `2025-01-01` or `1:20`
 * into booleans, dates and numbers) reads back as exactly that string.
 */

/** Anything YAML can't hold raw on one line: controls, line breaks (incl. 1.1's NEL/LS/PS), BOM, non-characters, lone surrogates. */
const NEEDS_ESCAPE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
/** Characters that start something other than a plain scalar. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_INDICATOR = /[,[\]{}]/;

/** True when `value` can be written plain (unquoted) and still read back as the same string. */
export function canBePlain(value: string, inFlow: boolean): boolean {
  if (value === '' || NEEDS_ESCAPE.test(value)) return false;
  if (/^\s|\s$/.test(value) || INDICATOR_START.test(value)) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (inFlow && (FLOW_INDICATOR.test(value) || value.includes(':'))) return false;
  // Let real parsers decide what looks like a number, date, boolean or null, in both YAML versions.
  return readsAsString(value, '1.2') && readsAsString(value, '1.1');
}

function readsAsString(value: string, version: '1.1' | '1.2'): boolean {
  const doc = parseDocument(`k: ${value}\n`, { version });
  if (doc.errors.length || doc.warnings.length) return false;
  const node = doc.get('k', true);
  return isScalar(node) && node.value === value;
}

export function canBeSingleQuoted(value: string): boolean {
  return !NEEDS_ESCAPE.test(value);
}

export function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** Double-quoted with escapes: always one line, can hold any string. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (NEEDS_ESCAPE.test(ch)) out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** Keeps `preferred` when the value can be written in it, else plain when safe, else double-quoted. */
export function writeScalar(value: string, inFlow: boolean, preferred?: string): string {
  if (preferred === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (preferred === 'QUOTE_SINGLE' && canBeSingleQuoted(value)) return singleQuoted(value);
  if (canBePlain(value, inFlow)) return value;
  return doubleQuoted(value);
}
