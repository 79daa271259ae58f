import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Frontmatter } from '../types';

export interface FieldLocation {
  value: unknown;
  /** The key's range and the value's range in the whole text (value range is empty for `key:` with no value). */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  node: Node | null;
}

/** Looks a dotted path (`seo.description`) up in the YAML document, with source ranges. */
export function findField(fm: Frontmatter, path: string): FieldLocation | undefined {
  if (!fm.doc || !isMap(fm.doc.contents)) return undefined;
  const base = fm.docBase ?? fm.yamlStart;
  let map = fm.doc.contents;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === parts[i]);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    if (i < parts.length - 1) {
      if (!isMap(value)) return undefined;
      map = value;
      continue;
    }
    const keyRange = (pair.key as Node).range!;
    const valueRange = value?.range ?? [keyRange[1], keyRange[1], keyRange[1]];
    return {
      value: value ? (isScalar(value) ? value.value : value.toJSON()) : null,
      keyStart: base + keyRange[0],
      keyEnd: base + keyRange[1],
      valueStart: base + valueRange[0],
      valueEnd: base + valueRange[1],
      node: value,
    };
  }
  return undefined;
}

/** Reads a dotted path from plain data. */
export function getPath(data: unknown, path: string): unknown {
  let cur = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The first of several candidate paths that exists, else the first candidate. */
export function firstPresent(data: unknown, paths: readonly string[]): string {
  return paths.find((p) => getPath(data, p) !== undefined) ?? paths[0] ?? 'description';
}

export { isSeq };

