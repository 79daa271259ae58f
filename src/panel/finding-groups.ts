import type { Diagnostic, Severity, TextEdit } from '../core/types';
import { bulkLabel, groupTitle } from './group-titles';
import { SEVERITY_ORDER } from './report-view';

/**
 * The Checks view's model: findings grouped by rule ("18 links carry tracking parameters"),
 * errors first, each group with the advice its findings share (said once, not 18 times) and a
 * bulk button when its fixes can be applied together.
 */
export interface FindingGroup {
  ruleId: string;
  /** The worst severity among the group's findings. */
  severity: Severity;
  items: Diagnostic[];
  title: string;
  /** The advice most of the findings share (their message after its first sentence), shown once. */
  advice?: string;
  /** Every fix of the group at once (only when there are two or more): non-overlapping edits. */
  bulk?: { label: string; count: number; edits: TextEdit[] };
}

export function groupFindings(diagnostics: readonly Diagnostic[]): FindingGroup[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.ruleId);
    if (list) list.push(d);
    else byRule.set(d.ruleId, [d]);
  }
  const groups: FindingGroup[] = [];
  for (const [ruleId, items] of byRule) {
    const severity = SEVERITY_ORDER.find((s) => items.some((d) => d.severity === s)) ?? 'info';
    const group: FindingGroup = { ruleId, severity, items, title: groupTitle(ruleId, items.length, items) };
    const advice = sharedAdvice(items);
    if (advice) group.advice = advice;
    const bulk = bulkEdits(items);
    if (bulk.count >= 2) group.bulk = { label: bulkLabel(ruleId, bulk.count), ...bulk };
    groups.push(group);
  }
  // Errors first, then warnings, then notes; within a severity, in the order they appear in the post.
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return groups.sort((a, b) => rank(a.severity) - rank(b.severity) || a.items[0]!.start - b.items[0]!.start);
}

/**
 * A message's first sentence (what is wrong here) and the rest (what to do about it). A
 * sentence ends at . ! or ? followed by a space and a capital letter, or at the end; "e.g. x"
 * and "(## , H2)." inside quotes don't end it.
 */
export function splitMessage(message: string): { lead: string; rest: string } {
  const end = /[.!?](?=\s+[A-Z“"(])/.exec(message);
  if (!end) return { lead: message, rest: '' };
  return { lead: message.slice(0, end.index + 1), rest: message.slice(end.index + 1).trim() };
}

/**
 * The advice most items share (the rest of their message), when at least two share it, word
 * for word or nearly ("Remove it" / "Remove them"): said once for the group.
 */
function sharedAdvice(items: readonly Diagnostic[]): string | undefined {
  if (items.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const d of items) {
    const { rest } = splitMessage(d.message);
    if (rest) counts.set(rest, (counts.get(rest) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [rest, n] of counts) if (n > bestCount) [best, bestCount] = [rest, n];
  if (!best) return undefined;
  if (bestCount >= 2) return best;
  // Every rest differs: shared only if the next item's is nearly the same.
  const second = splitMessage(items[1]!.message).rest;
  return similarAdvice(best, second) ? best : undefined;
}

/** Nearly the same words (a pronoun or a plural apart): three quarters of the words in common. */
export function similarAdvice(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common) >= 0.75;
}

/**
 * The group's fixes merged into one list of edits, as the command line's --fix merges them: a
 * fix overlapping one already taken is left out whole (it stays listed, to be fixed on its own).
 * Runs on every keystroke, so overlaps are found by binary search, not by re-sorting.
 */
function bulkEdits(items: readonly Diagnostic[]): { count: number; edits: TextEdit[] } {
  const taken: TextEdit[] = []; // sorted by start, then end; never overlapping
  let count = 0;
  for (const d of items) {
    const edits = d.fix?.edits;
    if (!edits || edits.length === 0 || !edits.every((e) => fits(taken, e))) continue;
    for (const e of edits) {
      const at = insertionPoint(taken, e);
      const same = taken[at - 1];
      if (same && same.start === e.start && same.end === e.end && same.text === e.text) continue; // shared by two fixes
      taken.splice(at, 0, e);
    }
    count++;
  }
  return { count, edits: taken };
}

/** Index of the first taken edit that sorts after `e`. */
function insertionPoint(taken: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = taken[mid]!;
    if (t.start < e.start || (t.start === e.start && t.end <= e.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `e` can join: an exact duplicate, or touching neither neighbour (as normalizeEdits decides). */
function fits(taken: readonly TextEdit[], e: TextEdit): boolean {
  const at = insertionPoint(taken, e);
  const prev = taken[at - 1];
  const next = taken[at];
  if (prev && prev.start === e.start && prev.end === e.end && prev.text === e.text) return true;
  return !(prev && e.start < prev.end) && !(next && next.start < e.end);
}
