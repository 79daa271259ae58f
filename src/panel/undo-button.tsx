import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TextEdit } from '../core/types';
import type { Connection } from './connection';
import type { VisibilityGate } from './visibility';
import { canUndo, historyHere, pushStep, undoStep, type UndoStep } from './undo';
import { tr } from '../platform/locale';
import { applyFailureText } from './apply-failure';

export interface Undo {
  /** Remembers a fix that was applied: on top of the previous one if it was made right after it (see `pushStep`). */
  record(label: string, before: string, edits: readonly TextEdit[], after: string): void;
  /** The fix the next Undo takes back. */
  step: UndoStep | undefined;
  run(): Promise<void>;
}

/**
 * The last fixes and how to take them back, one per click. `current`: the post as the panel last
 * saw it; the editor checks again when the inverse arrives (the same expected-text check as a fix).
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
  const [recorded, setHistory] = useState<UndoStep[]>([]);
  const history = historyHere(recorded, where);
  const step = history[history.length - 1];
  const record = useCallback(
    (label: string, before: string, edits: readonly TextEdit[], after: string) => setHistory((h) => pushStep(h, undoStep(label, before, edits, after, where))),
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
    // Typed since: neither this step nor any older one can be undone any more.
    if (current === undefined || !canUndo(step, current)) {
      setHistory([]);
      return setNotice(tr('undoTypedSince'));
    }
    setHistory(history.slice(0, -1));
    setBusy(true);
    const result = await connection.apply(step.inverse, step.after);
    setBusy(false);
    if (result.ok) setNotice(tr('undoDone', { label: step.label }));
    else {
      setHistory([]);
      setNotice(result.reason === 'stale' ? tr('undoTypedSince') : tr('undoFailed', { reason: applyFailureText(result) }));
    }
  }, [step, history, current, connection, setNotice, setBusy, gate]);
  return { record, step, run };
}

export function UndoButton(props: { undo: Undo; busy: boolean }) {
  const { step, run } = props.undo;
  // Ctrl+Z (⌘Z) anywhere in the panel does the same: the button sits last in the page, after
  // every finding, where a keyboard reaches it last.
  useEffect(() => {
    if (!step || props.busy) return;
    const stop = new AbortController();
    document.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || (e.target as Element | null)?.closest?.('input, textarea, [contenteditable]')) return;
      e.preventDefault();
      void run();
    }, { signal: stop.signal });
    return () => stop.abort();
  }, [step, run, props.busy]);
  if (!step) return null;
  return (
    <div class="undo-bar">
      <button type="button" class="fix" data-action="undo" disabled={props.busy} onClick={() => void run()} title={tr('undoTitle', { label: step.label })} aria-keyshortcuts="Control+Z Meta+Z">
        {tr('undoButton')}
      </button>
    </div>
  );
}
