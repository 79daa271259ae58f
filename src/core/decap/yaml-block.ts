import { isMap, parseDocument, type Document } from 'yaml';

export interface YamlBlock {
  doc: Document;
  /** Offset of the YAML text in the whole post (after `---\n`). */
  base: number;
  data: Record<string, unknown>;
  errors: string[];
}

/**
 * Parses the frontmatter of a post written by `serializeEntry` (`---\n…---\n` at offset 0).
 * Uses `yaml` directly rather than the core's parseFrontmatter (which also reads TOML and JSON
 * frontmatter): this runs in the page's MAIN world, where a small bundle matters. Both use the
 * same `yaml` parser, which the round-trip tests check against the core's.
 */
export function parseYamlBlock(frontmatter: string): YamlBlock | undefined {
  if (!frontmatter.startsWith('---\n')) return undefined;
  const close = frontmatter.indexOf('\n---\n', 3);
  const yamlEnd = frontmatter.startsWith('---\n---\n') ? 4 : close < 0 ? -1 : close + 1;
  if (yamlEnd < 0) return undefined;
  const doc = parseDocument(frontmatter.slice(4, yamlEnd), { prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => e.message.split('\n')[0] ?? e.code);
  if (doc.contents !== null && !isMap(doc.contents)) errors.push('the frontmatter must be a list of `key: value` fields');
  let data: Record<string, unknown> = {};
  if (!errors.length) data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  return { doc, base: 4, data, errors };
}
