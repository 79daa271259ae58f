import { isMap, parseDocument, visit, type Document } from 'yaml';
import type { Frontmatter, FrontmatterError } from '../types';
import { duplicateKeyErrors } from './duplicate-keys';
import { isJsonStart, isTomlStart, parseJsonFrontmatter, parseTomlFrontmatter } from './frontmatter-other';

const FENCE = /^---[ \t]*(?:\r\n|\n|\r|$)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/gm;

/**
 * Finds the `---` fences (the same fences gray-matter, Jekyll, Hugo and Eleventy split on) and
 * parses the YAML between them with `yaml`, whose Document keeps every node's source range,
 * comments and quoting — what minimal fixes and line/column errors need. `data` is that
 * document read as YAML 1.2 (see README "Frontmatter data" for how YAML 1.1 readers differ).
 */
export function parseFrontmatter(text: string): Frontmatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (isTomlStart(text, bom) || isJsonStart(text, bom)) return other(text, bom);
  const open = FENCE.exec(text.slice(bom, bom + 8));
  const none: Frontmatter = { present: false, closed: false, start: bom, end: bom, yamlStart: bom, yamlEnd: bom, data: {}, errors: [] };
  if (!open) return none;
  const yamlStart = bom + open[0].length;
  CLOSING.lastIndex = yamlStart;
  let close: RegExpExecArray | null;
  // The closing fence must start a line.
  while ((close = CLOSING.exec(text)) && close.index !== yamlStart && !/[\r\n]/.test(text[close.index - 1]!)) {
    CLOSING.lastIndex = close.index + 1;
  }
  if (!close) {
    return {
      ...none,
      present: true,
      start: bom,
      end: text.length,
      yamlStart,
      yamlEnd: text.length,
      errors: [{ code: 'UNCLOSED_FENCE', message: 'The frontmatter opens with --- but never closes: add a line with --- after the last field.', start: bom, end: bom + 3 }],
    };
  }
  const yamlEnd = close.index;
  const end = close.index + close[0].length;
  // While the user types in the body the frontmatter block is unchanged: reuse its parse
  // (YAML parsing is the costliest step for a short post). Same block text ⇒ same offsets.
  const block = text.slice(0, end);
  if (last?.block === block) return last.result;
  const { doc, docBase, data, errors } = parseYaml(text, yamlStart, yamlEnd);
  const result: Frontmatter = { present: true, closed: true, start: bom, end, yamlStart, yamlEnd, data, errors, doc, docBase };
  last = { block, result };
  return result;
}

/** TOML (`+++`) or JSON (`{`) frontmatter (rare enough, and fast enough to parse, not to be cached). */
function other(text: string, bom: number): Frontmatter {
  return isTomlStart(text, bom) ? parseTomlFrontmatter(text, bom) : parseJsonFrontmatter(text, bom);
}

/** The last parsed block. Results are shared: nothing may mutate a Frontmatter or its doc. */
let last: { block: string; result: Frontmatter } | undefined;

function parseYaml(text: string, yamlStart: number, yamlEnd: number): { doc: Document; docBase: number; data: Record<string, unknown>; errors: FrontmatterError[] } {
  // The exact slice between the fences: offsets map back by adding yamlStart, line breaks intact.
  const doc = parseYamlDocument(text.slice(yamlStart, yamlEnd));
  const base = yamlStart;
  const source = text.slice(yamlStart, yamlEnd);
  const errors: FrontmatterError[] = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').map((e) => {
    // yaml reports a quote left open where it gave up (the closing ---): point at the quote that opened instead.
    const opened = /Missing closing (["'])quote/.exec(e.message) ? openingQuote(source, e.pos[0], e.message.includes('"') ? '"' : "'") : undefined;
    const [from, to] = opened === undefined ? [e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)] : [opened, opened + 1];
    return { code: e.code, message: cleanYamlMessage(e.message), start: base + from, end: base + to };
  });
  errors.push(...duplicateKeyErrors(doc, base));
  errors.sort((a, b) => a.start - b.start);
  let data: Record<string, unknown> = {};
  if (doc.contents !== null && !isMap(doc.contents)) {
    const r = doc.contents.range ?? [0, yamlEnd - base];
    errors.push({ code: 'NOT_A_MAPPING', message: 'The frontmatter must be a list of `key: value` fields.', start: base + r[0], end: base + Math.max(r[1], r[0] + 1) });
  } else {
    // Partial data still helps the preview and the other checks while the user fixes an error.
    try {
      data = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}) as Record<string, unknown>;
    } catch {
      // yaml refuses aliases that expand past the limit (a "billion laughs" bomb). Say so: an
      // empty frontmatter would otherwise show up as "no title", which is not what happened.
      data = {};
      const r = firstAliasRange(doc) ?? [0, yamlEnd - base];
      errors.push({ code: 'ALIAS_LIMIT', message: `The frontmatter's YAML aliases (*name) expand to too much data, so it was not read (an alias bomb, or very heavy reuse). Write the values out instead of repeating them through aliases.`, start: base + r[0], end: base + Math.max(r[1], r[0] + 1) });
    }
  }
  return { doc, docBase: base, data, errors };
}

/** yaml's own guard against alias bombs: more alias expansions than this and `toJS` throws. */
const MAX_ALIAS_COUNT = 100;

function firstAliasRange(doc: Document): [number, number] | undefined {
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

/** The last quote before `at` that opens a value (after `key:`, `- `, `[`, `{` or `,`), or undefined. */
function openingQuote(source: string, at: number, quote: string): number | undefined {
  // i > 0 before looking further back: lastIndexOf(…, -1) searches from 0 again (an endless loop).
  for (let i = source.lastIndexOf(quote, at - 1); i >= 0; i = i > 0 ? source.lastIndexOf(quote, i - 1) : -1) {
    const before = source.slice(source.lastIndexOf('\n', i - 1) + 1, i);
    if (/(?::|^\s*-|[[{,])\s*$/.test(before)) return i;
    if (at - i > 100_000) break;
  }
  return undefined;
}

function parseYamlDocument(s: string): Document {
  return parseDocument(s, { prettyErrors: false, uniqueKeys: true });
}

function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `YAML error: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
}
