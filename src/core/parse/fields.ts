import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair } from 'yaml';
import type { Frontmatter } from '../types';
import { lastAtOrBefore } from './lines';

export interface FieldLocation {
  value: unknown;
  /** The key's range and the value's range in the whole text (value range is empty for `key:` with no value). List items have no key: their key range is the value's. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  node: Node | null;
}

/** A field met while walking the whole frontmatter. */
export interface FieldEntry extends FieldLocation {
  /** Dotted path, list items by index (`tags.0`). */
  path: string;
  /** The path's parts, so keys that contain dots stay unambiguous. */
  parts: string[];
}

/**
 * Looks a dotted path (`seo.description`, `tags.1`) up in the YAML document, with source ranges.
 * Numeric parts index into lists. Aliases are followed for the value, ranges stay where the alias is written.
 */
export function findField(fm: Frontmatter, path: string): FieldLocation | undefined {
  // A Frontmatter is reused while its block is unchanged (typing in the body), and every field
  // rule looks up the same few paths: remember the answers with it. Results are read-only.
  let cache = lookups.get(fm);
  if (!cache) lookups.set(fm, (cache = new Map()));
  if (cache.has(path)) return cache.get(path);
  const found = lookUp(fm, path);
  cache.set(path, found);
  return found;
}

const lookups = new WeakMap<Frontmatter, Map<string, FieldLocation | undefined>>();
const walks = new WeakMap<Frontmatter, FieldEntry[]>();

function lookUp(fm: Frontmatter, path: string): FieldLocation | undefined {
  if (!fm.doc || !isMap(fm.doc.contents)) return undefined;
  const doc = fm.doc;
  const base = fm.docBase ?? fm.yamlStart;
  let container: Node = fm.doc.contents;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const step = childOf(container, parts[i]!);
    if (!step) return undefined;
    if (i < parts.length - 1) {
      if (!step.value) return undefined;
      container = resolve(step.value, doc);
      continue;
    }
    return locate(step.key, step.value, base, doc);
  }
  return undefined;
}

/** Every key/value pair and list item in the frontmatter, depth first, parents before children. */
export function walkFields(fm: Frontmatter): readonly FieldEntry[] {
  let entries = walks.get(fm);
  if (!entries) walks.set(fm, (entries = walk(fm)));
  return entries;
}

function walk(fm: Frontmatter): FieldEntry[] {
  if (!fm.doc || !isMap(fm.doc.contents)) return [];
  const doc = fm.doc;
  const base = fm.docBase ?? fm.yamlStart;
  const out: FieldEntry[] = [];
  const seen = new Set<Node>(); // aliases can make a document cyclic
  const visit = (node: Node, parts: string[]) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node | null>[]) {
        if (!isScalar(pair.key)) continue;
        const p = [...parts, String(pair.key.value)];
        out.push({ ...locate(pair.key, pair.value, base, doc), path: p.join('.'), parts: p });
        if (pair.value && !isAlias(pair.value)) visit(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...parts, String(i)];
        const n = item as Node | null;
        out.push({ ...locate(null, n, base, doc), path: p.join('.'), parts: p });
        if (n && !isAlias(n)) visit(n, p);
      });
    }
  };
  visit(fm.doc.contents, []);
  return out;
}

/**
 * The range a finding about this field should point at: the value, or the key when the value is
 * empty. Given the text, the line break that block lists and block scalars end with is left out,
 * so the highlight stops at the end of the value's last line.
 */
export function fieldRange(loc: FieldLocation, text?: string): { start: number; end: number } {
  if (loc.valueEnd <= loc.valueStart) return { start: loc.keyStart, end: loc.keyEnd };
  let end = loc.valueEnd;
  if (text !== undefined) while (end > loc.valueStart && /\s/.test(text[end - 1]!)) end--;
  return { start: loc.valueStart, end };
}

function childOf(container: Node, part: string): { key: Node | null; value: Node | null } | undefined {
  if (isMap(container)) {
    const pair = container.items.find((p) => isScalar(p.key) && String(p.key.value) === part) as Pair<Node, Node | null> | undefined;
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(container) && /^\d+$/.test(part)) {
    const item = container.items[Number(part)] as Node | null | undefined;
    return item === undefined ? undefined : { key: null, value: item };
  }
  return undefined;
}

function resolve(node: Node, doc: Document): Node {
  if (!isAlias(node)) return node;
  return (node.resolve(doc) as Node | undefined) ?? node;
}

function locate(key: Node | null, value: Node | null, base: number, doc: Document): FieldLocation {
  const keyRange = key?.range ?? value?.range ?? [0, 0, 0];
  const valueRange = value?.range ?? [keyRange[1], keyRange[1], keyRange[1]];
  return {
    value: nodeValue(value, doc),
    keyStart: base + keyRange[0],
    keyEnd: base + keyRange[1],
    valueStart: base + valueRange[0],
    valueEnd: base + valueRange[1],
    node: value,
  };
}

/** Plain JS value of a node; never throws (bad aliases and alias bombs give undefined). */
function nodeValue(node: Node | null, doc: Document): unknown {
  if (!node) return null;
  if (isScalar(node)) return node.value;
  // An alias's value is its anchor's: looked up in one index of the document's anchors (yaml's
  // own toJS looks through the whole document for every alias: 4,000 aliases took 9.6 s).
  if (isAlias(node)) {
    const target = anchorOf(node, doc);
    if (!target || isAlias(target)) return undefined;
    // Many aliases of one anchored collection: its value is worked out once.
    if (!anchoredValues.has(target)) anchoredValues.set(target, nodeValue(target, doc));
    return anchoredValues.get(target);
  }
  try {
    return node.toJS(doc, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** Per anchor name, its nodes and where each starts, in source order. */
type AnchorIndex = Map<string, { nodes: Node[]; starts: number[] }>;
const anchorIndexes = new WeakMap<Document, AnchorIndex>();
const anchoredValues = new WeakMap<Node, unknown>();

/** The node an alias names: the last node anchored with that name before it, as YAML reads it. */
function anchorOf(alias: Alias, doc: Document): Node | undefined {
  let index = anchorIndexes.get(doc);
  if (!index) {
    const found: AnchorIndex = new Map();
    visit(doc, {
      Node(_, n) {
        if (!n.anchor) return;
        const named = found.get(n.anchor) ?? { nodes: [], starts: [] };
        if (!named.nodes.length) found.set(n.anchor, named);
        named.nodes.push(n);
        named.starts.push(n.range?.[0] ?? 0);
      },
    });
    anchorIndexes.set(doc, (index = found));
  }
  const named = index.get(alias.source);
  if (!named) return undefined;
  // The visit goes in source order: the starts ascend, and one binary search finds the anchor.
  const at = alias.range?.[0] ?? Infinity;
  const i = lastAtOrBefore(named.starts, at - 1);
  return named.starts[i]! < at ? named.nodes[i] : undefined;
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
