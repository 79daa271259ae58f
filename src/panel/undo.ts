import type { TextEdit } from '../core/types';
import { t } from '../i18n';

/**
 * The panel's own "Undo" for its last fixes, for every editor. Some editors' Ctrl+Z does not
 * cover what the panel writes (Decap's store writes), others would merge it with typing; so
 * the panel keeps the inverse of what it applied and sends it back as an ordinary edit, with
 * the same expected-text check as any fix: it is refused, changing nothing, once the post is
 * no longer exactly what the fix produced.
 */
export interface UndoStep {
  /** What the fix did, for the notice ("Tracking parameters removed from every link."). */
  label: string;
  /** The text before the fix, and right after it (as the editor reported it). */
  before: string;
  after: string;
  /** Edits on `after` that give `before` back exactly. */
  inverse: TextEdit[];
  /** The page address of the post it was made in (another entry or file: no Undo there). */
  where?: string;
}

/**
 * The undo step for edits applied to `before` that left the editor at `after`. The inverse is
 * computed from the applied edits; when the editor wrote the change in its own way (Decap
 * re-serializes a field it changed), from the difference between the two texts.
 */
export function undoStep(label: string, before: string, edits: readonly TextEdit[], after: string, where?: string): UndoStep | undefined {
  if (before === after) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let inverse = inverseOf(before, sorted, after) ?? diffEdits(after, before);
  if (apply(after, inverse) !== before) inverse = [{ start: 0, end: after.length, text: before }];
  return { label, before, after, inverse, ...(where === undefined ? {} : { where }) };
}

/** The step offered in the post at `where`: a fix made in another entry or file is not (its text check would refuse it anyway, with a message about typing). */
export function stepHere(step: UndoStep | undefined, where: string | undefined): UndoStep | undefined {
  return step && (step.where === undefined || step.where === where) ? step : undefined;
}

/** How many fixes back the panel's Undo goes. */
export const MAX_UNDO_STEPS = 20;

/**
 * The fixes the panel can take back, last first. A fix made right on top of the previous one
 * (its text before is what the previous left) stacks, so "Clean links" then "Fix all" are undone
 * in two steps; anything else in between (typing, the editor's own undo, another entry) starts
 * the history over, since an older step could only be refused then (its text check fails).
 */
export function pushStep(history: readonly UndoStep[], step: UndoStep | undefined): UndoStep[] {
  if (!step) return [...history];
  const top = history[history.length - 1];
  const kept = top && top.after === step.before && top.where === step.where ? history.slice(-(MAX_UNDO_STEPS - 1)) : [];
  return [...kept, step];
}

/** The steps offered in the post at `where` (see `stepHere`), last one first to undo. */
export function historyHere(history: readonly UndoStep[], where: string | undefined): UndoStep[] {
  const top = history[history.length - 1];
  return stepHere(top, where) ? [...history] : [];
}

/** In English (the e2e tests, run in an English browser, compare with it); the panel shows `tr('undoTypedSince')`. */
export const TYPED_SINCE = t('en', 'undoTypedSince');

/** Whether `step` can still be undone on `current`: only over the exact text the fix produced. */
export function canUndo(step: UndoStep, current: string): boolean {
  return current === step.after;
}

/** The inverse of sorted, non-overlapping `edits` on `before`, if applying them gives `after`. */
function inverseOf(before: string, sorted: readonly TextEdit[], after: string): TextEdit[] | undefined {
  let prevEnd = 0;
  for (const e of sorted) {
    if (e.start < prevEnd || e.start > e.end || e.end > before.length) return undefined;
    prevEnd = e.end;
  }
  if (apply(before, sorted) !== after) return undefined;
  let delta = 0;
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const start = e.start + delta;
    delta += e.text.length - (e.end - e.start);
    out.push({ start, end: start + e.text.length, text: before.slice(e.start, e.end) });
  }
  return out.filter((e) => e.end > e.start || e.text.length > 0);
}

function apply(text: string, sorted: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Line-diff work allowed before settling for one edit over the changed middle. */
const MAX_DIFF_CELLS = 250_000;

/**
 * Edits on `from` that give `to`: the common start and end trimmed, then the changed middle
 * compared line by line, so unchanged lines between two changes (say the frontmatter's closing
 * fence between a field and the body) stay out of every edit.
 */
export function diffEdits(from: string, to: string): TextEdit[] {
  let p = 0;
  const max = Math.min(from.length, to.length);
  while (p < max && from.charCodeAt(p) === to.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && from.charCodeAt(from.length - 1 - s) === to.charCodeAt(to.length - 1 - s)) s++;
  // Whole lines: back to the start of the line, forward to the end of one.
  while (p > 0 && from[p - 1] !== '\n') p--;
  while (s > 0 && from[from.length - s - 1] !== '\n') s--;
  const a = lines(from.slice(p, from.length - s));
  const b = lines(to.slice(p, to.length - s));
  if (a.length * b.length > MAX_DIFF_CELLS) return [{ start: p, end: from.length - s, text: to.slice(p, to.length - s) }];
  // Longest common subsequence of lines, then one edit per run of differing lines.
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let at = p;
  let open: TextEdit | undefined;
  const flush = () => {
    if (open) {
      // Within the changed lines, only the characters that differ: the smaller the edit, the
      // more editors can apply it in place (Decap's widget keeps the caret for an edit in a text).
      const old = from.slice(open.start, open.end);
      let a = 0;
      while (a < old.length && a < open.text.length && old[a] === open.text[a]) a++;
      let z = 0;
      while (z < old.length - a && z < open.text.length - a && old[old.length - 1 - z] === open.text[open.text.length - 1 - z]) z++;
      const edit = { start: open.start + a, end: open.end - z, text: open.text.slice(a, open.text.length - z) };
      if (edit.end > edit.start || edit.text) edits.push(edit);
    }
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      at += a[i]!.length;
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      open ??= { start: at, end: at, text: '' };
      open.text += b[j++];
    } else {
      open ??= { start: at, end: at, text: '' };
      at += a[i]!.length;
      open.end = at;
      i++;
    }
  }
  flush();
  return edits;
}

/** Lines with their line breaks. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
