import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/core/analyze';
import { applyFixes } from '../../../src/core/fix';
import type { AnalyzeOptions, Diagnostic, Rule } from '../../../src/core/types';
import { fixPost } from '../../../src/cli/fix-loop';

/**
 * The one way rule tests run a rule: through `analyze` (so line/columns, severities and the
 * fixable/suggestion contract are the real ones), and `--fix` through the CLI's own fix loop.
 *
 * Fixture files (tests/fixtures/rules/<rule id>/*.md) carry their expectations on the offending
 * line, like markdownlint's `{MD036}` markers:
 *
 *   body:         text <!-- expect: tracking-params -->
 *   frontmatter:  url: http://x.test/ # expect: insecure-http:info "http://x.test/"
 *   another line: <!-- expect@1: required-fields -->   (the finding is on line 1; `@-1` the line above)
 *   options:      <!-- options: {"baseUrl": "https://blog.test/"} -->  (or `# options: {…}` in YAML)
 *
 * Each item is `rule-id`, optionally `:severity`, optionally the JSON string of the text the
 * finding points at; items are separated by `;`. A line without a marker expects no finding.
 * Next to `name.md`, `name.fixed.md` is what `--fix` makes of it and `name.suggested.md` the text
 * with the first suggestion of every finding taken; without them, nothing may change.
 */

// A path, not a URL object: jsdom test environments replace the URL class.
export const RULE_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/rules');

export interface Linted {
  text: string;
  diagnostics: Diagnostic[];
  /** The text a diagnostic points at. */
  at: (d: Diagnostic) => string;
  /** What `--fix` makes of the text (fixable fixes only, in passes). */
  fixed: () => string;
  /** The text with the first suggestion of every finding taken (non-overlapping, one pass). */
  suggested: () => string;
}

export function lint(rule: Rule, text: string, options: AnalyzeOptions = {}): Linted {
  const opts = { preview: false, suggestions: false, ...options };
  const diagnostics = analyze(text, opts, [rule]).diagnostics;
  return {
    text,
    diagnostics,
    at: (d) => text.slice(d.start, d.end),
    fixed: () => fixPost(text, opts, [rule]).text,
    suggested: () => applyFixes(text, diagnostics.flatMap((d) => (d.suggestions?.length ? [d.suggestions[0]!] : []))).text,
  };
}

/** A post with a title (so the body starts under the title's H1) and `body` after it. */
export const withTitle = (body: string, eol = '\n') => ['---', 'title: A walk through the harbour', 'date: 2025-03-01', '---', body].join(eol);
export const withoutTitle = (body: string) => `---\ndate: 2025-03-01\n---\n${body}`;
export const post = (body: string, frontmatter = 'title: A post') => `---\n${frontmatter}\n---\n${body}`;

export interface Expectation {
  line: number;
  ruleId: string;
  severity?: string;
  at?: string;
}

const MARKER = /(?:<!--|#)\s*expect(?:@([+-]?\d+))?:\s*(.*?)\s*(?:-->|$)/g;
const ITEM = /\s*([a-z][a-z0-9-]*)(?::(error|warning|info))?(?:\s+("(?:[^"\\]|\\.)*"))?\s*(?:;|$)/y;
const OPTIONS = /(?:<!--|#)\s*options:\s*(\{.*\})\s*(?:-->)?\s*$/;

/** The expectations written in a fixture, in line order. */
export function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    for (const m of lineText.matchAll(MARKER)) {
      const at = m[1];
      const line = at === undefined ? i + 1 : /^[+-]/.test(at) ? i + 1 + Number(at) : Number(at);
      const items = m[2]!;
      ITEM.lastIndex = 0;
      while (ITEM.lastIndex < items.length) {
        const item = ITEM.exec(items);
        if (!item) throw new Error(`line ${i + 1}: can't read the expectation “${items.slice(ITEM.lastIndex)}”`);
        out.push({ line, ruleId: item[1]!, ...(item[2] && { severity: item[2] }), ...(item[3] && { at: JSON.parse(item[3]) as string }) });
      }
    }
  });
  return out.sort((a, b) => a.line - b.line);
}

export function fixtureOptions(text: string): AnalyzeOptions {
  for (const line of text.split(/\r?\n/)) {
    const m = OPTIONS.exec(line);
    if (m) return JSON.parse(m[1]!) as AnalyzeOptions;
  }
  return {};
}

export interface Fixture {
  ruleId: string;
  name: string;
  path: string;
  text: string;
  fixed?: string;
  suggested?: string;
}

/** Every fixture of a rule (`<dir>/<rule id>/*.md`, not the .fixed/.suggested outputs). */
export function fixturesOf(ruleId: string, root = RULE_FIXTURES): Fixture[] {
  const dir = join(root, ruleId);
  if (!existsSync(dir)) return [];
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !/\.(fixed|suggested)\.md$/.test(f))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const base = path.slice(0, -'.md'.length);
      return { ruleId, name: f, path, text: readFileSync(path, 'utf8'), fixed: read(`${base}.fixed.md`), suggested: read(`${base}.suggested.md`) };
    });
}

/** One comparable line per finding: `12 rule-id:severity "pointed text"` (only what the expectation names). */
export function describeFindings(text: string, diagnostics: readonly Diagnostic[], expected: readonly Expectation[]): { actual: string[]; wanted: string[] } {
  const wanted = expected.map((e) => `${e.line} ${e.ruleId}${e.severity ? `:${e.severity}` : ''}${e.at !== undefined ? ` ${JSON.stringify(e.at)}` : ''}`);
  // Pair each finding with an expectation on its line and rule, in order, to show the same details.
  const pool = [...expected];
  const actual = diagnostics.map((d) => {
    const i = pool.findIndex((e) => e.line === d.line && e.ruleId === d.ruleId && (e.at === undefined || e.at === text.slice(d.start, d.end).replace(/\r\n/g, '\n')));
    const e = i >= 0 ? pool.splice(i, 1)[0] : pool.find((p) => p.line === d.line && p.ruleId === d.ruleId);
    const at = text.slice(d.start, d.end).replace(/\r\n/g, '\n'); // the same expectation holds for a CRLF copy
    return `${d.line} ${d.ruleId}${e?.severity ? `:${d.severity}` : ''}${e?.at !== undefined ? ` ${JSON.stringify(at)}` : ''}`;
  });
  return { actual: sortLines(actual), wanted: sortLines(wanted) };
}

function sortLines(lines: string[]): string[] {
  return lines.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
}
