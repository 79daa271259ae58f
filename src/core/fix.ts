import type { TextEdit } from './types';

export class OverlappingEditsError extends Error {}

/**
 * Sorts edits, drops exact duplicates (two reference usages sharing one definition yield
 * the same edit) and refuses overlaps instead of guessing.
 */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start && prev.end === e.end && prev.text === e.text) continue;
    if (prev && e.start < prev.end) throw new OverlappingEditsError(`edits overlap at ${e.start}`);
    out.push(e);
  }
  return out;
}

/** Applies non-overlapping edits; everything outside the edited ranges is kept byte for byte. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  // `+=` builds a rope (no copying until the text is read), which is as fast as joining pieces
  // for many edits and much cheaper for one edit on a big text whose result is never read.
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new RangeError(`edit out of range: ${e.start}–${e.end}`);
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * Applies as many fixes as fit together: a fix whose edits overlap an already accepted one
 * (or each other) is left for a later pass, like ESLint's fixer does. Which fixes are taken is
 * exactly what checking `normalizeEdits([...accepted, ...fix.edits])` for each fix in turn
 * gives (`applyFixesByResorting`, kept as the reference), in O(n log n) instead of O(n² log n).
 */
export function applyFixes(text: string, fixes: readonly { edits: readonly TextEdit[] }[]): { text: string; applied: number } {
  // The conflict test below assumes well-formed ranges; anything else takes the reference path,
  // which refuses or throws exactly as before.
  if (!fixes.every((f) => f.edits.every(isWellFormed))) return applyFixesByResorting(text, fixes);
  const accepted: TextEdit[] = [];
  const taken = new AcceptedEdits(fixes);
  let applied = 0;
  for (const fix of fixes) {
    if (!fitsTogether(fix.edits) || fix.edits.some((e) => taken.conflicts(e))) continue;
    for (const e of fix.edits) taken.add(e);
    accepted.push(...fix.edits);
    applied++;
  }
  return { text: applyEdits(text, accepted), applied };
}

/** The quadratic original: re-sorts every accepted edit for each fix. Reference for tests and odd input. */
export function applyFixesByResorting(text: string, fixes: readonly { edits: readonly TextEdit[] }[]): { text: string; applied: number } {
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    try {
      normalizeEdits([...accepted, ...fix.edits]);
    } catch {
      continue;
    }
    accepted.push(...fix.edits);
    applied++;
  }
  return { text: applyEdits(text, accepted), applied };
}

function isWellFormed(e: TextEdit): boolean {
  return Number.isFinite(e.start) && Number.isFinite(e.end) && e.start <= e.end;
}

function fitsTogether(edits: readonly TextEdit[]): boolean {
  if (edits.length < 2) return true;
  try {
    normalizeEdits(edits);
    return true;
  } catch {
    return false;
  }
}

/**
 * The accepted edits, queryable in O(log n). `normalizeEdits` refuses a set exactly when two of
 * its edits, not identical, conflict: two ranges that share a character, or an insertion strictly
 * inside a range (an insertion at either end, or two insertions at one point, are fine). Accepted
 * ranges never share a character, so the accepted range with the greatest start before a point has
 * the greatest end too: one predecessor search answers "does any accepted range reach past here".
 * Positions are compressed to the edit boundaries of all fixes, known up front.
 */
class AcceptedEdits {
  private readonly points: Float64Array;
  /** Accepted non-empty ranges, marked at their start point; their end and text by start index. */
  private readonly rangeStarts: Fenwick;
  private readonly rangeEnd = new Map<number, number>();
  private readonly rangeText = new Map<number, string>();
  /** Accepted insertions (empty ranges), counted per point. */
  private readonly insertions: Fenwick;

  constructor(fixes: readonly { edits: readonly TextEdit[] }[]) {
    const all: number[] = [];
    for (const f of fixes) for (const e of f.edits) all.push(e.start, e.end);
    const sorted = Float64Array.from(all).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    this.points = sorted.subarray(0, n);
    this.rangeStarts = new Fenwick(n);
    this.insertions = new Fenwick(n);
  }

  conflicts(e: TextEdit): boolean {
    const s = this.index(e.start);
    if (e.start === e.end) return this.rangeReachesPast(s, e.start);
    const t = this.index(e.end);
    if (this.insertions.sum(s + 1, t - 1) > 0) return true;
    const sameStartEnd = this.rangeEnd.get(s);
    if (sameStartEnd !== undefined) return !(sameStartEnd === e.end && this.rangeText.get(s) === e.text);
    return this.rangeReachesPast(t, e.start);
  }

  add(e: TextEdit): void {
    const s = this.index(e.start);
    if (e.start === e.end) return this.insertions.add(s, 1);
    if (this.rangeEnd.has(s)) return; // the identical edit, already taken
    this.rangeStarts.add(s, 1);
    this.rangeEnd.set(s, e.end);
    this.rangeText.set(s, e.text);
  }

  /** Whether the accepted range starting last before point index `before` ends after `position`. */
  private rangeReachesPast(before: number, position: number): boolean {
    const count = this.rangeStarts.sum(0, before - 1);
    if (count === 0) return false;
    return this.rangeEnd.get(this.rangeStarts.nth(count))! > position;
  }

  private index(position: number): number {
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.points[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Counts per index with prefix sums and "index of the k-th counted item" in O(log n). */
class Fenwick {
  private readonly tree: Int32Array;
  constructor(private readonly size: number) {
    this.tree = new Int32Array(size + 1);
  }
  add(index: number, delta: number): void {
    for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
  }
  /** Sum over indices from..to inclusive (0 when empty). */
  sum(from: number, to: number): number {
    if (to < from) return 0;
    return this.prefix(to) - (from > 0 ? this.prefix(from - 1) : 0);
  }
  private prefix(index: number): number {
    let total = 0;
    for (let i = Math.min(index, this.size - 1) + 1; i > 0; i -= i & -i) total += this.tree[i]!;
    return total;
  }
  /** Index of the k-th counted item (k ≥ 1, k ≤ total). */
  nth(k: number): number {
    let at = 0;
    let step = 1;
    while (step * 2 <= this.size) step *= 2;
    for (; step > 0; step >>= 1) {
      if (at + step <= this.size && this.tree[at + step]! < k) {
        at += step;
        k -= this.tree[at]!;
      }
    }
    return at; // 1-based position at+1 → 0-based index at
  }
}
