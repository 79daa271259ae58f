/**
 * Runs `work` on the newest input only: inputs arriving while a run is queued replace the
 * queued one, so a burst of keystrokes costs one analysis, never a backlog.
 */
export function latestOnly<T>(work: (input: T) => void, defer: (run: () => void) => void = (run) => setTimeout(run, 0)): (input: T) => void {
  let queued: { input: T } | undefined;
  return (input) => {
    const wasQueued = queued !== undefined;
    queued = { input };
    if (wasQueued) return;
    defer(() => {
      const next = queued!;
      queued = undefined;
      work(next.input);
    });
  };
}
