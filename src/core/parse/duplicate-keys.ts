import { isPair, isScalar, visit, type Document } from 'yaml';
import type { FrontmatterError } from '../types';

const MAX_SHOWN = 80;

/** What a duplicate key is called in a message: its dotted path (`seo.title`), as the user wrote the names. */
function shown(path: string): string {
  const line = path.replace(/[\r\n\t]+/g, ' ');
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line;
}

/**
 * The yaml library's DUPLICATE_KEY errors (it checks with `uniqueKeys`), each named by the key's
 * dotted path: "title appears twice" tells the author where to look, which a position alone does
 * in the panel but not in a CI log. One walk over the document finds every key's path.
 */
export function duplicateKeyErrors(doc: Document, base: number): FrontmatterError[] {
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (!duplicates.length) return [];
  const wanted = new Set(duplicates.map((e) => e.pos[0]));
  const names = new Map<number, string>();
  visit(doc, {
    Pair(_, pair, path) {
      const key = pair.key;
      if (!isScalar(key) || !key.range || !wanted.has(key.range[0])) return undefined;
      const parents = path.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '…'));
      names.set(key.range[0], [...parents, String(key.value)].join('.'));
      return names.size === wanted.size ? visit.BREAK : undefined;
    },
  });
  return duplicates.map((e) => {
    const name = names.get(e.pos[0]);
    const key = name === undefined ? undefined : shown(name);
    const error: FrontmatterError = { code: e.code, message: duplicateKeyMessage(key), start: base + e.pos[0], end: base + Math.max(e.pos[1], e.pos[0] + 1) };
    if (key !== undefined) error.key = key;
    return error;
  });
}

/** The English message (frontmatter/error-message.ts words it in the other languages). */
export function duplicateKeyMessage(key: string | undefined): string {
  return key === undefined
    ? 'This key appears twice in the frontmatter; only one value can be kept. Remove or rename one of them.'
    : `The key “${key}” appears twice in the frontmatter; only one value can be kept. Remove or rename one of them.`;
}
