import type { TextEdit } from '../core/types';
import type { ApplyResult } from '../protocol/apply-result';
import { applyEdits, normalizeEdits } from '../core/fix';
import { nullProto } from './null-proto';

/**
 * What differs between whole-file editors; `EditRecorder` adds the checks every driver needs
 * (stale text, read-only, overlapping edits, verifying the result).
 */
export interface TextEditorOps {
  text(): string;
  readOnly(): boolean;
  /** Applies sorted, non-overlapping edits (offsets into `text()`) as ONE undo step. */
  replace(edits: readonly TextEdit[]): void;
}

export function validateEdits(edits: readonly TextEdit[], length: number): TextEdit[] {
  const sorted = normalizeEdits(edits);
  for (const e of sorted) {
    if (e.start < 0 || e.end > length || e.start > e.end) throw new RangeError(`edit out of range: ${e.start}–${e.end}`);
  }
  return sorted;
}

/**
 * Applies edits through `ops`, refusing stale or read-only ones. (The panel's Undo sends the
 * inverse edits through `apply` like any fix: src/panel/undo.ts.)
 */
export class EditRecorder {
  constructor(private readonly ops: TextEditorOps) {}

  /** The result has no prototype: drivers return it from async functions (see nullProto). */
  apply(edits: readonly TextEdit[], expected: string): ApplyResult {
    return nullProto(this.applyNow(edits, expected));
  }

  private applyNow(edits: readonly TextEdit[], expected: string): ApplyResult {
    const before = this.ops.text();
    if (before !== expected) {
      return { ok: false, reason: 'stale', say: 'applyStale' };
    }
    if (this.ops.readOnly()) {
      return { ok: false, reason: 'read-only', say: 'applyReadOnly' };
    }
    let sorted: TextEdit[];
    try {
      sorted = validateEdits(edits, before.length);
    } catch (e) {
      return { ok: false, reason: 'failed', say: 'applyRejected', params: { detail: (e as Error).message } };
    }
    if (sorted.length === 0) return { ok: true, text: before };
    const want = applyEdits(before, sorted);
    try {
      this.ops.replace(sorted);
    } catch (e) {
      return { ok: false, reason: 'failed', say: 'applyRejected', params: { detail: (e as Error).message } };
    }
    const after = this.ops.text();
    if (after !== want) {
      // The host rewrote our change (a filter, an input handler): keep the editor as it is, but say so.
      return { ok: false, reason: 'failed', say: 'applyNotAccepted' };
    }
    return { ok: true, text: after };
  }
}

/**
 * Where `offset` lands after sorted, non-overlapping `edits`: shifted by the edits before it; an
 * offset inside a replaced range moves to the end of the replacement.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && e.start < offset) delta += e.text.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta + e.text.length;
    else break;
  }
  return offset + delta;
}
