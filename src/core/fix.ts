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
 * is left for a later pass, like ESLint's fixer does.
 */
export function applyFixes(text: string, fixes: readonly { edits: TextEdit[] }[]): { text: string; applied: number } {
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
