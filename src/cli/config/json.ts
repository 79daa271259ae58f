import { words, type Words } from '../errors';

/** JSON.parse that says where a syntax error is (line and column), for config files people edit by hand. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; say: Words; line: number; column: number };

export function parseJsonWithPosition(source: string): JsonResult {
  const text = source.replace(/^\uFEFF/, ''); // editors on Windows like to add a BOM; JSON.parse refuses it
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const offset = offsetFromMessage(message) ?? firstBadOffset(text);
    const { line, column } = lineColumn(text, offset);
    const say = describe(message, text, offset);
    return { ok: false, message: say('en'), say, line, column };
  }
}

function offsetFromMessage(message: string): number | undefined {
  const m = /at position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/**
 * V8 leaves the position out of some messages ("Unexpected token ']', … is not valid JSON").
 * A prefix of the text that only fails at its end is still good JSON so far, so
 * the longest such prefix ends where the error is; that property only grows, so bisect.
 */
function firstBadOffset(text: string): number {
  const viable = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      // V8 reports a cut-off prefix either as "Unexpected end" or as an error at its very end.
      const message = (e as Error).message;
      return /Unexpected end of JSON input/.test(message) || (offsetFromMessage(message) ?? -1) >= n;
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (viable(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function describe(message: string, text: string, offset: number): Words {
  if (text.trim() === '') return words('jsonEmpty');
  if (offset >= text.length) return words('jsonEndsEarly');
  const found = text[offset];
  // V8 quotes the whole input in some messages; only the first clause is worth showing.
  const reason = message.split(/, (?:\.\.\.)?"|\s+in JSON at position/)[0] ?? message;
  // V8's reason is English only: other languages quote it as a technical detail.
  return words('jsonSyntax', { reason, found: JSON.stringify(found) });
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
