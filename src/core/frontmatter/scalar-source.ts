/**
 * A YAML string scalar read from its source the way a YAML parser reads it, remembering where
 * each character of the value is written: what lets a fix inside a value (a link in a caption)
 * edit exactly the characters that hold it, escapes and quoting included. The caller checks the
 * result against the parser's own value and trusts no mapping that disagrees.
 */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface DecodedScalar {
  value: string;
  /** For each UTF-16 unit of `value`: [start, end) of what writes it in the source (an escape, a `''`, a folded line break). */
  from: number[];
  to: number[];
}

export function decodeScalar(source: string, style: ScalarStyle): DecodedScalar | undefined {
  switch (style) {
    case 'PLAIN':
      return decodeFlow(source, 0, source.length, 'plain');
    case 'QUOTE_SINGLE':
      return source.length >= 2 && source.endsWith("'") ? decodeFlow(source, 1, source.length - 1, 'single') : undefined;
    case 'QUOTE_DOUBLE':
      return source.length >= 2 && source.endsWith('"') ? decodeFlow(source, 1, source.length - 1, 'double') : undefined;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return decodeBlock(source, style === 'BLOCK_FOLDED');
  }
}

class Out {
  value = '';
  from: number[] = [];
  to: number[] = [];
  push(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) {
      this.from.push(start);
      this.to.push(end);
    }
    this.value += text;
  }
  done(): DecodedScalar {
    return { value: this.value, from: this.from, to: this.to };
  }
}

interface Line {
  start: number;
  end: number; // before the line break
  next: number; // after the line break
}

function lines(s: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '\n' || c === '\r') {
      const next = c === '\r' && s[i + 1] === '\n' ? i + 2 : i + 1;
      out.push({ start, end: i, next });
      i = next - 1;
      start = next;
    }
  }
  out.push({ start, end: to, next: to });
  return out;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Plain and quoted scalars: escapes, `''`, and line folding (a break is a space, n empty lines n breaks). */
function decodeFlow(s: string, from: number, to: number, kind: 'plain' | 'single' | 'double'): DecodedScalar | undefined {
  const out = new Out();
  const ls = lines(s, from, to);
  for (let j = 0; j < ls.length; j++) {
    const line = ls[j]!;
    let a = line.start;
    let b = line.end;
    if (j > 0) while (a < b && isBlank(s[a])) a++;
    let escapedBreak = false;
    if (j < ls.length - 1) {
      if (kind === 'double' && endsWithOddBackslashes(s, line.start, b)) {
        escapedBreak = true;
        b--;
      } else {
        let t = b;
        while (t > a && isBlank(s[t - 1])) t--;
        // `\ ` (an escaped blank) before the break is content, not trailing space.
        if (kind === 'double' && t < b && endsWithOddBackslashes(s, line.start, t)) t++;
        b = t;
      }
    }
    if (!decodeRun(s, a, b, kind, out)) return undefined;
    if (j === ls.length - 1) break;
    if (escapedBreak) continue;
    // Empty lines after this one each stand for a line break; none means the break is a space.
    let k = j + 1;
    while (k < ls.length - 1 && onlyBlanks(s, ls[k]!.start, ls[k]!.end)) k++;
    const empties = k - (j + 1);
    if (empties > 0) out.push('\n'.repeat(empties), line.end, ls[k]!.start);
    else out.push(' ', line.end, line.next);
    j = k - 1;
  }
  return out.done();
}

function decodeRun(s: string, a: number, b: number, kind: 'plain' | 'single' | 'double', out: Out): boolean {
  for (let i = a; i < b; i++) {
    const c = s[i]!;
    if (kind === 'single' && c === "'") {
      if (s[i + 1] !== "'") return false;
      out.push("'", i, i + 2);
      i++;
    } else if (kind === 'double' && c === '\\') {
      const e = escape(s, i, b);
      if (!e) return false;
      out.push(e.text, i, i + e.length);
      i += e.length - 1;
    } else out.push(c, i, i + 1);
  }
  return true;
}

const SIMPLE: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };

function escape(s: string, at: number, end: number): { text: string; length: number } | undefined {
  const c = s[at + 1];
  if (c === undefined || at + 1 >= end) return undefined;
  if (c in SIMPLE) return { text: SIMPLE[c]!, length: 2 };
  const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (!width) return undefined;
  const hex = s.slice(at + 2, at + 2 + width);
  if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) return undefined;
  return { text: String.fromCodePoint(code), length: 2 + width };
}

function endsWithOddBackslashes(s: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = end - 1; i >= start && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function onlyBlanks(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isBlank(s[i])) return false;
  return true;
}

/**
 * `|` and `>` scalars with an auto-detected indentation (the first non-empty line's), `-`/`+`
 * chomping, and folding for `>`: a single break between two lines of text is a space, a break
 * followed by empty lines is those lines' breaks, and more-indented lines keep their breaks.
 * An explicit indentation indicator (`|2`) is left to the caller's fallback.
 */
function decodeBlock(s: string, folded: boolean): DecodedScalar | undefined {
  const header = /^[|>]([+-]?)(\d?)([+-]?)[ \t]*(?:#.*)?(?:\r\n|\n|\r|$)/.exec(s);
  if (!header || header[2]) return undefined;
  const chomp = header[1] || header[3];
  const ls = lines(s, header[0].length, s.length);
  if (ls.length && ls[ls.length - 1]!.start === ls[ls.length - 1]!.end && ls[ls.length - 1]!.start === s.length) ls.pop();
  // Indentation is spaces only: a tab after it is text.
  const firstText = ls.find((l) => !onlySpaces(s, l.start, l.end));
  let indent = 0;
  if (firstText) while (s[firstText.start + indent] === ' ') indent++;
  const out = new Out();
  // Content lines with their text range (after the indentation); empty lines have none.
  const content = ls.map((l) => (onlySpaces(s, l.start, l.end) && (!firstText || l.end - l.start <= indent) ? { ...l, text: undefined } : { ...l, text: [l.start + indent, l.end] as const }));
  let lastText = -1;
  content.forEach((l, i) => l.text && (lastText = i));
  let pendingBreak: { at: number; next: number } | undefined;
  let pendingEmpties: { at: number; next: number }[] = [];
  let prevMoreIndented = false;
  let seenText = false;
  for (let i = 0; i <= lastText; i++) {
    const l = content[i]!;
    if (!l.text) {
      if (seenText) pendingEmpties.push({ at: l.start, next: l.next });
      else out.push('\n', l.start, l.next);
      continue;
    }
    const moreIndented = isBlank(s[l.text[0]]);
    if (pendingBreak) {
      if (folded && !moreIndented && !prevMoreIndented) {
        // The first break folds away: into a space when no empty line follows it.
        if (pendingEmpties.length === 0) out.push(' ', pendingBreak.at, pendingBreak.next);
      } else out.push('\n', pendingBreak.at, pendingBreak.next);
      for (const e of pendingEmpties) out.push('\n', e.at, e.next);
    }
    for (let k = l.text[0]; k < l.text[1]; k++) out.push(s[k]!, k, k + 1);
    pendingBreak = { at: l.end, next: l.next };
    pendingEmpties = [];
    prevMoreIndented = moreIndented;
    seenText = true;
  }
  if (lastText < 0) {
    // No text at all: only `|+` keeps the breaks.
    if (chomp === '+') for (const e of content) if (e.next > e.end) out.push('\n', e.end, e.next);
    return out.done();
  }
  if (chomp !== '-') {
    const last = content[lastText]!;
    if (last.next > last.end) out.push('\n', last.end, last.next);
    if (chomp === '+') for (const e of content.slice(lastText + 1)) if (e.next > e.end) out.push('\n', e.end, e.next);
  }
  return out.done();
}

function onlySpaces(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (s[i] !== ' ') return false;
  return true;
}
