/** Offset ↔ line/column for the whole text. Lines are split on \n, \r\n and lone \r; columns count UTF-16 units, 1-based. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  offset(line: number, column: number): number;
}

/** The index is built on first use: an analysis with no findings never scans the text for line breaks. */
export function lineIndex(text: string): LineIndex {
  let built: number[] | undefined;
  const starts = () => (built ??= lineStarts(text));
  return {
    position(offset) {
      const s = starts();
      const o = Math.max(0, Math.min(offset, text.length));
      const i = lastAtOrBefore(s, o);
      return { line: i + 1, column: o - s[i]! + 1 };
    },
    offset(line, column) {
      const s = starts();
      const start = s[Math.max(0, Math.min(line - 1, s.length - 1))]!;
      return Math.min(text.length, start + Math.max(0, column - 1));
    },
  };
}

/** Offsets where each line starts. Without any \r, indexOf finds the breaks far faster than a per-character loop. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the last of the ascending `sorted` that is at most `value` (0 when none is: the first). Binary search. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
