import { useCallback, useState } from 'preact/hooks';
import type { TextEdit } from '../core/types';
import type { Connection } from './connection';
import type { VisibilityGate } from './visibility';
import { canUndo, stepHere, undoStep, type UndoStep } from './undo';
import { tr } from '../platform/locale';
import { applyFailureText } from './apply-failure';

export interface Undo {
  /** Remembers a fix that was applied (replacing the previous one: only the last fix is undone). */
  record(label: string, before: string, edits: readonly TextEdit[], after: string): void;
  step: UndoStep | undefined;
  run(): Promise<void>;
}

/**
 * The last fix and how to take it back. `current`: the post as the panel last saw it; the
 * editor checks again when the inverse arrives (the same expected-text check as a fix).
 */
export function useUndo(
  connection: Connection,
  current: string | undefined,
  where: string | undefined,
  setNotice: (text: string) => void,
  setBusy: (busy: boolean) => void,
  /** Undo changes the post too: it waits for the same proof that the panel is seen (clickjacking). */
  gate?: VisibilityGate,
): Undo {
  const [recorded, setStep] = useState<UndoStep>();
  const step = stepHere(recorded, where);
  const record = useCallback(
    (label: string, before: string, edits: readonly TextEdit[], after: string) => setStep(undoStep(label, before, edits, after, where)),
    [where],
  );
  const run = useCallback(async () => {
    if (!step) return;
    if (gate) {
      setBusy(true);
      const seen = await gate.check();
      setBusy(false);
      // Refused: the step stays, so the author can undo once the panel is in view.
      if (!seen.ok) return setNotice(seen.message);
    }
    setStep(undefined);
    if (current === undefined || !canUndo(step, current)) return setNotice(tr('undoTypedSince'));
    setBusy(true);
    const result = await connection.apply(step.inverse, step.after);
    setBusy(false);
    if (result.ok) setNotice(tr('undoDone', { label: step.label }));
    else setNotice(result.reason === 'stale' ? tr('undoTypedSince') : tr('undoFailed', { reason: applyFailureText(result) }));
  }, [step, current, connection, setNotice, setBusy, gate]);
  return { record, step, run };
}

export function UndoButton(props: { undo: Undo; busy: boolean }) {
  const { step, run } = props.undo;
  if (!step) return null;
  return (
    <div class="undo-bar">
      <button type="button" class="fix" data-action="undo" disabled={props.busy} onClick={() => void run()} title={tr('undoTitle', { label: step.label })}>
        {tr('undoButton')}
      </button>
    </div>
  );
}
