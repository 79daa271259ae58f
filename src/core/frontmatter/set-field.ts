import { isAlias, isCollection, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyEdits } from '../fix';
import { getPath } from '../parse/fields';
import { parseFrontmatter } from '../parse/frontmatter';
import type { Frontmatter, TextEdit } from '../types';
import type { Key, Params } from '../../i18n';
import { tomlFieldEdits } from './set-toml-field';
import { writeScalar } from './yaml-scalar';

export type SetFieldErrorCode = 'BAD_PATH' | 'UNCLOSED_FENCE' | 'BROKEN_YAML' | 'NOT_A_MAP' | 'UNSUPPORTED';

/** Thrown when the field can't be written without guessing; `message` is meant for the editor. */
export class SetFieldError extends Error {
  constructor(
    readonly code: SetFieldErrorCode,
    message: string,
    /** The same in the catalog, for the panel's language (`message` is English). */
    readonly words?: { key: Key; params?: Params },
  ) {
    super(message);
    this.name = 'SetFieldError';
  }
}

/**
 * The minimal edits that make the frontmatter field at dotted `path` hold the string `value`.
 * Everything else (comments, key order, indentation, quoting of other fields, line endings)
 * stays byte for byte. Throws `SetFieldError` when the frontmatter is unclosed or broken YAML,
 * or a parent on the path holds something other than a map. The edits are checked by parsing
 * the result before they are returned, so a returned edit never writes a different value.
 */
export function setFieldEdits(text: string, path: string, value: string): TextEdit[] {
  const parts = path.split('.');
  if (parts.some((p) => p === '')) throw new SetFieldError('BAD_PATH', `"${path}" is not a field path (use names separated by dots, like seo.description).`, { key: 'setFieldBadPath', params: { path } });
  const fm = parseFrontmatter(text);
  const writer = new FieldWriter(text, fm);
  const edits = writer.edits(parts, value);
  verify(text, fm, edits, path, value);
  return edits;
}

class FieldWriter {
  private readonly nl: string;
  private readonly base: number;

  constructor(
    private readonly text: string,
    private readonly fm: Frontmatter,
  ) {
    this.nl = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
    this.base = fm.docBase ?? fm.yamlStart;
  }

  edits(parts: string[], value: string): TextEdit[] {
    const { fm, nl } = this;
    if (!fm.present) {
      // No frontmatter yet: create the block at the very start (after a BOM).
      return [{ start: fm.start, end: fm.start, text: `---${nl}${this.blockLines(parts, value, '', 2)}---${nl}` }];
    }
    if (fm.format === 'toml') return this.inToml(parts, value);
    if (fm.format === 'json') {
      throw new SetFieldError('UNSUPPORTED', `This post's frontmatter is ${fm.format.toUpperCase()}; Post Preflight writes fields only into YAML and TOML frontmatter (between --- or +++ lines). Copy the text into the field by hand.`, { key: 'setFieldNotYaml', params: { format: fm.format.toUpperCase() } });
    }
    if (!fm.closed) throw new SetFieldError('UNCLOSED_FENCE', 'The frontmatter has no closing --- line, so the field can’t be written safely. Add the closing --- first.', { key: 'setFieldUnclosed' });
    const yamlErrors = fm.errors.filter((e) => e.code !== 'NOT_A_MAPPING');
    if (yamlErrors.length || !fm.doc) throw new SetFieldError('BROKEN_YAML', `The frontmatter has a YAML error, so the field can’t be written safely. Fix it first: ${yamlErrors[0]?.message ?? 'unreadable YAML'}`, { key: 'setFieldBrokenYaml', params: { detail: (yamlErrors[0]?.message ?? 'unreadable YAML').split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } });
    const root = fm.doc.contents as Node | null;
    if (root === null || (isScalar(root) && root.value === null)) {
      // Only blank lines or comments between the fences: add the field before the closing fence.
      return [{ start: fm.yamlEnd, end: fm.yamlEnd, text: this.blockLines(parts, value, '', 2) }];
    }
    if (!isMap(root)) throw new SetFieldError('NOT_A_MAP', 'The frontmatter is not a list of `key: value` fields, so the field can’t be added.', { key: 'setFieldNotMap' });
    return this.inMap(root, parts, 0, value);
  }

  private inToml(parts: string[], value: string): TextEdit[] {
    const { fm } = this;
    if (!fm.closed) throw new SetFieldError('UNCLOSED_FENCE', 'The TOML frontmatter has no closing +++ line, so the field can’t be written safely. Add the closing +++ first.', { key: 'setFieldUnclosedToml' });
    if (fm.errors.length) {
      const detail = fm.errors[0]!.message.replace(/^TOML error: /, '');
      throw new SetFieldError('BROKEN_YAML', `The frontmatter has a TOML error, so the field can’t be written safely. Fix it first: ${detail}`, { key: 'setFieldBrokenToml', params: { detail } });
    }
    const edits = tomlFieldEdits(this.text, fm, parts, value, this.nl);
    if (!edits) throw new SetFieldError('UNSUPPORTED', `The field ${parts.join('.')} is written in a TOML form that can’t be edited safely; edit it by hand.`, { key: 'setFieldByHand', params: { path: parts.join('.') } });
    return edits;
  }

  private inMap(map: YAMLMap, parts: string[], i: number, value: string): TextEdit[] {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === parts[i]) as Pair<Node, Node | null> | undefined;
    if (!pair) return this.insertInto(map, parts.slice(i), value);
    const node = pair.value;
    const isLast = i === parts.length - 1;
    if (isLast) return this.replaceValue(pair, !!map.flow, value);
    if (node && isMap(node)) return this.inMap(node, parts, i + 1, value);
    if (node && isSeq(node) && isIndexOf(node, parts[i + 1]!)) return this.inSeq(node, parts, i + 1, value);
    if (isEmpty(node)) return this.fillEmptyParent(pair, !!map.flow, parts.slice(i + 1), value);
    const where = parts.slice(0, i + 1).join('.');
    throw new SetFieldError('NOT_A_MAP', `\`${where}\` holds ${describe(node)}, not a group of fields, so \`${parts.join('.')}\` can’t be written inside it.`, { key: 'setFieldNotGroup', params: { where, path: parts.join('.') } });
  }

  /** An existing list item (`authors.0.twitter`, `tags.1`): lists are never grown, only items rewritten. */
  private inSeq(seq: YAMLSeq, parts: string[], i: number, value: string): TextEdit[] {
    const item = seq.items[Number(parts[i])] as Node | null;
    if (i < parts.length - 1) {
      if (item && isMap(item)) return this.inMap(item, parts, i + 1, value);
      if (item && isSeq(item) && isIndexOf(item, parts[i + 1]!)) return this.inSeq(item, parts, i + 1, value);
      throw new SetFieldError('NOT_A_MAP', `\`${parts.slice(0, i + 1).join('.')}\` is not a group of fields, so \`${parts.join('.')}\` can’t be written inside it.`, { key: 'setFieldNotGroup', params: { where: parts.slice(0, i + 1).join('.'), path: parts.join('.') } });
    }
    if (!item || !(isScalar(item) || isAlias(item) || (isCollection(item) && item.flow)) || isEmpty(item)) {
      throw new SetFieldError('UNSUPPORTED', `The list item ${parts.join('.')} can’t be rewritten safely; edit it by hand.`, { key: 'setFieldByHand', params: { path: parts.join('.') } });
    }
    const start = this.base + item.range![0];
    let end = this.base + item.range![1];
    while (end > start && /[ \t\r\n]/.test(this.text[end - 1]!)) end--; // block scalars end with their line break
    const style = isScalar(item) && !isBlockScalar(item) ? item.type : undefined;
    return [{ start, end, text: writeScalar(value, !!seq.flow, style) }];
  }

  /** A new `key: value` line after the map’s last key (block), or `, key: value` after its last item (flow). */
  private insertInto(map: YAMLMap, rest: string[], value: string): TextEdit[] {
    const { text, nl } = this;
    const mapStart = this.base + map.range![0];
    if (map.flow) {
      // Right after the last item's value, so a trailing comma or a comment inside the braces stays valid.
      const lastItem = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
      if (!lastItem) return [{ start: mapStart + 1, end: mapStart + 1, text: this.flowPair(rest, value) }];
      const at = this.base + (lastItem.value?.range?.[1] ?? (lastItem.key as Node).range![1]);
      return [{ start: at, end: at, text: ', ' + this.flowPair(rest, value) }];
    }
    const last = map.items[map.items.length - 1] as Pair<Node, Node | null>;
    const firstKey = this.base + (map.items[0]!.key as Node).range![0];
    const indent = ' '.repeat(firstKey - lineStart(text, firstKey));
    const lastEnd = this.base + (last.value?.range?.[1] ?? (last.key as Node).range![1]);
    let at = lastEnd;
    if (!isBreak(text[at - 1])) {
      const eol = text.slice(at).search(/\r\n|\n|\r/);
      if (eol < 0) return [{ start: text.length, end: text.length, text: nl + this.blockLines(rest, value, indent, this.indentUnit()) }];
      at += eol;
      at += text.startsWith('\r\n', at) ? 2 : 1;
    }
    return [{ start: at, end: at, text: this.blockLines(rest, value, indent, this.indentUnit()) }];
  }

  private replaceValue(pair: Pair<Node, Node | null>, inFlow: boolean, value: string): TextEdit[] {
    const node = pair.value;
    if (isEmpty(node) && (!node || node.range![0] === node.range![1])) {
      const colon = this.colonAfter(pair);
      return [{ start: colon + 1, end: colon + 1, text: ' ' + writeScalar(value, inFlow) }];
    }
    const [s, e] = node!.range!;
    const start = this.base + s;
    if (isScalar(node) && !isBlockScalar(node)) {
      return [{ start, end: this.base + e, text: writeScalar(value, inFlow, node.type) }];
    }
    if (isAlias(node) || (isCollection(node) && node.flow)) {
      return [{ start, end: this.base + e, text: writeScalar(value, inFlow) }];
    }
    // Block scalars and block collections: replace everything from the colon to the last
    // non-blank character, so the value sits on the key's line and the line break after it stays.
    let end = this.base + e;
    while (end > start && /[ \t\r\n]/.test(this.text[end - 1]!)) end--;
    const colon = this.colonAfter(pair);
    return [{ start: colon + 1, end, text: ' ' + writeScalar(value, inFlow) }];
  }

  /** `seo:` with nothing after it: the new fields go on the lines below, one level deeper. */
  private fillEmptyParent(pair: Pair<Node, Node | null>, inFlow: boolean, rest: string[], value: string): TextEdit[] {
    const node = pair.value;
    if (inFlow || (node && node.range![0] !== node.range![1])) {
      // `seo: null`, `seo: ~`, or inside { }: write an inline group in place of the null.
      if (node && node.range![0] !== node.range![1]) return [{ start: this.base + node.range![0], end: this.base + node.range![1], text: `{${this.flowPair(rest, value)}}` }];
      const colon = this.colonAfter(pair);
      return [{ start: colon + 1, end: colon + 1, text: ` {${this.flowPair(rest, value)}}` }];
    }
    const keyStart = this.base + (pair.key as Node).range![0];
    const indent = ' '.repeat(keyStart - lineStart(this.text, keyStart));
    const unit = this.indentUnit();
    const eol = this.text.slice(keyStart).search(/\r\n|\n|\r/);
    const at = eol < 0 ? this.text.length : keyStart + eol;
    const lines = this.blockLines(rest, value, indent + ' '.repeat(unit), unit);
    return [{ start: at, end: at, text: this.nl + lines.slice(0, -this.nl.length) }];
  }

  private blockLines(parts: string[], value: string, indent: string, unit: number): string {
    const key = writeScalar(parts[0]!, false);
    if (parts.length === 1) return `${indent}${key}: ${writeScalar(value, false)}${this.nl}`;
    return `${indent}${key}:${this.nl}${this.blockLines(parts.slice(1), value, indent + ' '.repeat(unit), unit)}`;
  }

  private flowPair(parts: string[], value: string): string {
    const key = writeScalar(parts[0]!, true);
    if (parts.length === 1) return `${key}: ${writeScalar(value, true)}`;
    return `${key}: {${this.flowPair(parts.slice(1), value)}}`;
  }

  /** The `:` after a key; only spaces may sit between (anything else is syntax we don't rewrite). */
  private colonAfter(pair: Pair<Node, Node | null>): number {
    let i = this.base + (pair.key as Node).range![1];
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    if (this.text[i] !== ':') throw new SetFieldError('UNSUPPORTED', 'This field is written in a YAML form that can’t be edited safely; edit it by hand.', { key: 'setFieldByHand', params: { path: (pair.key as Node).toString() } });
    return i;
  }

  /** The document's own nesting step (2 unless it visibly uses another). */
  private indentUnit(): number {
    const root = this.fm.doc?.contents;
    if (!isMap(root)) return 2;
    for (const p of root.items) {
      const child = p.value as Node | null;
      if (isMap(child) && !child.flow && child.items.length) {
        const parentKey = this.base + (p.key as Node).range![0];
        const childKey = this.base + (child.items[0]!.key as Node).range![0];
        const step = childKey - lineStart(this.text, childKey) - (parentKey - lineStart(this.text, parentKey));
        if (step > 0) return step;
      }
    }
    return 2;
  }
}

function isIndexOf(seq: YAMLSeq, part: string): boolean {
  return /^\d+$/.test(part) && Number(part) < seq.items.length;
}

function isEmpty(node: Node | null | undefined): boolean {
  return !node || (isScalar(node) && node.value === null);
}

function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

function describe(node: Node | null): string {
  if (isScalar(node)) return `the value ${JSON.stringify(node.value)}`;
  if (isCollection(node)) return 'a list';
  return 'a value';
}

function isBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text[i - 1])) i--;
  return i;
}

/** Refuses rather than returning edits that would write anything but `value` (or break the YAML). */
function verify(text: string, before: Frontmatter, edits: TextEdit[], path: string, value: string): void {
  const after = parseFrontmatter(applyEdits(text, edits));
  // TOML edits are placed by lines, not by a parser's nodes: every other field must read as before too.
  const othersKept = before.format !== 'toml' || JSON.stringify(restored(after.data, before.data, path.split('.'))) === JSON.stringify(before.data);
  if (!after.closed || after.errors.length || getPath(after.data, path) !== value || !othersKept) {
    throw new SetFieldError('UNSUPPORTED', `The field ${path} is written in a ${before.format === 'toml' ? 'TOML' : 'YAML'} form that can’t be edited safely; edit it by hand.`, { key: 'setFieldByHand', params: { path } });
  }
}

/** `after` with the field at `parts` as it was in `before` (removed, with the tables made for it, when it was not there). */
function restored(after: Record<string, unknown>, before: Record<string, unknown>, parts: readonly string[]): Record<string, unknown> {
  const [head, ...rest] = parts as [string, ...string[]];
  const copy = { ...after };
  const had = Object.prototype.hasOwnProperty.call(before, head);
  const inner = after[head];
  if (!had) delete copy[head];
  else if (!rest.length || !inner || typeof inner !== 'object' || Array.isArray(inner)) copy[head] = before[head];
  else copy[head] = restored(inner as Record<string, unknown>, before[head] as Record<string, unknown>, rest);
  return copy;
}
