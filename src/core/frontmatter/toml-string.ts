import type { DecodedScalar } from './scalar-source';

/**
 * A TOML string read from its source the way TOML reads it, remembering where each character of
 * the value is written (as `decodeScalar` does for YAML): basic `"…"` with its escapes, literal
 * `'…'` as written, and both multi-line forms (`"""…"""`, `'''…'''`: a line break right after the
 * opening quotes is not part of the value; in a basic one a backslash at a line's end joins it to
 * the next non-blank character). The caller checks the result against the TOML parser's value.
 */
export function decodeTomlString(source: string): DecodedScalar | undefined {
  const triple = source.startsWith('"""') || source.startsWith("'''");
  const quote = source[0];
  const width = triple ? 3 : 1;
  if ((quote !== '"' && quote !== "'") || source.length < 2 * width || !source.endsWith(quote.repeat(width))) return undefined;
  const end = source.length - width;
  let i = width;
  if (triple) {
    if (source.startsWith('\r\n', i)) i += 2;
    else if (source[i] === '\n') i += 1;
  } else if (/[\r\n]/.test(source)) return undefined;
  const out = { value: '', from: [] as number[], to: [] as number[] };
  const push = (text: string, start: number, stop: number) => {
    for (let k = 0; k < text.length; k++) {
      out.from.push(start);
      out.to.push(stop);
    }
    out.value += text;
  };
  while (i < end) {
    const c = source[i]!;
    if (c !== '\\' || quote === "'") {
      push(c, i, i + 1);
      i++;
      continue;
    }
    const e = source[i + 1];
    if (e === undefined || i + 1 >= end) return undefined;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      push(simple, i, i + 2);
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const digits = e === 'u' ? 4 : 8;
      const hex = source.slice(i + 2, i + 2 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
      push(String.fromCodePoint(code), i, i + 2 + digits);
      i += 2 + digits;
    } else if (triple && /[ \t\r\n]/.test(e)) {
      // A line-ending backslash: it, the break and the blanks after it write nothing.
      let j = i + 1;
      while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      if (source[j] !== '\n' && source[j] !== '\r') return undefined;
      while (j < end && /[ \t\r\n]/.test(source[j]!)) j++;
      i = j;
    } else return undefined;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\u001b' };
