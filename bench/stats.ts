/** Order statistics over timing samples (milliseconds). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (s: readonly number[]) => quantile(s, 0.5);
export const p95 = (s: readonly number[]) => quantile(s, 0.95);

/** Runs `fn` once and returns how long it took. */
export function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
