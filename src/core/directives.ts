import { codeRanges, overlapsAny } from './parse/located';
import type { LineIndex } from './parse/lines';
import type { Body, Diagnostic, Finding, Frontmatter } from './types';

/**
 * Inline directive comments, as markdownlint's `<!-- markdownlint-disable … -->`: the author
 * turns checks off for part of a post, in the post itself, so the command line, CI and the
 * panel all agree. In the body they are HTML comments (invisible on the page); in the YAML
 * frontmatter, where HTML comments can't go, YAML comments with the same words:
 *
 *   <!-- post-preflight-disable tracking-params vague-link-text -->   off from this line on
 *   <!-- post-preflight-enable tracking-params -->                    on again from this line
 *   <!-- post-preflight-disable-line bare-url -->                     off on this line only
 *   <!-- post-preflight-disable-next-line image-alt -->               off on the next line only
 *   <!-- post-preflight-disable-file pasted-artifacts -->             off in the whole post
 *   <!-- post-preflight-enable-file pasted-artifacts -->              undoes a -disable-file
 *   description: Short # post-preflight-disable-line description-length
 *
 * Without rule names a directive applies to every rule. Names are separated by spaces or
 * commas. Comments inside code (fences, code spans, <pre>) are text, not directives.
 * Everything here is plain data so a report that carries its directives can be cloned to the
 * panel and applied there to findings that arrive later (the link check).
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'enable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment's start (and of its end, for -next-line). */
  line: number;
  endLine: number;
  /** The comment's range in the whole text. */
  start: number;
  end: number;
}

/** The id under which a directive naming an unknown rule is reported. */
export const DIRECTIVE_RULE = 'directive';

/** Ids of findings made after the analysis (the network link check), which directives may name too. */
export const LATE_RULES: readonly string[] = ['link-check'];

const NAME = 'post-preflight';
// Longest kinds first, so "disable-next-line" is not read as "disable" + a rule "-next-line".
const KINDS = 'disable-next-line|disable-line|disable-file|enable-file|disable|enable';
const HTML_COMMENT = new RegExp(`<!--\\s*${NAME}-(${KINDS})(?![\\w-])([\\s\\S]*?)-->`, 'g');
// A YAML comment starts a line or follows whitespace; it ends at the line's end.
const YAML_COMMENT = new RegExp(`(?:^|[ \\t])#[ \\t]*${NAME}-(${KINDS})(?![\\w-])([^\\r\\n]*)`, 'gm');

/** Finds the directives of a post; cheap when there are none (one substring search). */
export function parseDirectives(text: string, frontmatter: Pick<Frontmatter, 'present' | 'yamlStart' | 'yamlEnd'>, body: Body, lines: LineIndex): Directive[] {
  if (!text.includes(`${NAME}-`)) return [];
  const found: Directive[] = [];
  const add = (kind: string, names: string, start: number, end: number) => {
    const rules = names.split(/[\s,]+/).filter(Boolean);
    found.push({ kind: kind as DirectiveKind, rules, line: lines.position(start).line, endLine: lines.position(end).line, start, end });
  };
  if (frontmatter.present && frontmatter.yamlEnd > frontmatter.yamlStart) {
    const yaml = text.slice(frontmatter.yamlStart, frontmatter.yamlEnd);
    for (const m of yaml.matchAll(YAML_COMMENT)) {
      const hash = m.index! + m[0].indexOf('#');
      add(m[1]!, m[2]!, frontmatter.yamlStart + hash, frontmatter.yamlStart + m.index! + m[0].length);
    }
  }
  if (body.text.includes(`${NAME}-`)) {
    let code: Array<[number, number]> | undefined;
    for (const m of body.text.matchAll(HTML_COMMENT)) {
      const start = body.start + m.index!;
      const end = start + m[0].length;
      code ??= codeRanges(body);
      if (!overlapsAny(code, start, end)) add(m[1]!, m[2]!, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a finding of `ruleId` on `line` is turned off by the directives. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number): boolean {
  if (directives.length === 0) return false;
  const names = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
  let on = true;
  // File-wide first, in order: the last -disable-file / -enable-file naming the rule wins.
  for (const d of directives) if ((d.kind === 'disable-file' || d.kind === 'enable-file') && names(d)) on = d.kind === 'enable-file';
  for (const d of directives) {
    if (!names(d)) continue;
    if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) return true;
    if (d.kind === 'disable-next-line' && line === d.endLine + 1) return true;
    if ((d.kind === 'disable' || d.kind === 'enable') && d.line <= line) on = d.kind === 'enable';
  }
  return !on;
}

/** Splits diagnostics into those shown and those the post's directives turn off. */
export function applyDirectives<D extends Pick<Diagnostic, 'ruleId' | 'line'>>(diagnostics: readonly D[], directives: readonly Directive[]): { kept: D[]; suppressed: D[] } {
  if (directives.length === 0) return { kept: [...diagnostics], suppressed: [] };
  const kept: D[] = [];
  const suppressed: D[] = [];
  // Directive problems are about the directives themselves: never hidden by them.
  for (const d of diagnostics) (d.ruleId !== DIRECTIVE_RULE && isSuppressed(directives, d.ruleId, d.line) ? suppressed : kept).push(d);
  return { kept, suppressed };
}

/** A directive naming a rule that doesn't exist silently does nothing; say so, with the likely name. */
export function directiveProblems(directives: readonly Directive[], known: readonly string[]): Finding[] {
  const problems: Finding[] = [];
  for (const d of directives) {
    for (const name of d.rules) {
      if (known.includes(name)) continue;
      const guess = closest(name, known);
      problems.push({
        start: d.start,
        end: d.end,
        message: `There is no rule "${name}" in this ${NAME}-${d.kind} comment, so it turns nothing off${guess ? `; did you mean "${guess}"?` : '.'}`,
        severity: 'warning',
        data: { rule: name, ...(guess ? { suggestion: guess } : {}) },
      });
    }
  }
  return problems;
}

/** The known name a typo away (edit distance ≤ 2), if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
