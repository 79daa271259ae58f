/** Offset ↔ line/column for the whole text. Lines are split on \n, \r\n and lone \r; columns count UTF-16 units, 1-based. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  offset(line: number, column: number): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    position(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo]! + 1 };
    },
    offset(line, column) {
      const start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
      return Math.min(text.length, start + Math.max(0, column - 1));
    },
  };
}
