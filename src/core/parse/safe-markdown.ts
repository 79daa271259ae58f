import type { Marked, Token, Tokens, TokensList } from 'marked';

/** A part of the body the markdown parser could not read as a whole, with what that means for the checks. */
export interface LexNotice {
  /** Range in the lexed (\n-normalized) text. */
  start: number;
  end: number;
  /** `unread`: shown and checked as plain text only; `split`: read in pieces, everything checked. */
  kind: 'unread' | 'split';
}

export interface SafeLex {
  tokens: Token[];
  notices: LexNotice[];
}

/** Pieces the body is cut into when it can't be lexed whole: small enough for every regex marked runs. */
const CHUNK = 256 * 1024;

/**
 * Lexes `text` with marked, never throwing. marked recurses once per nesting level (thousands of
 * `>` or `*` overflow the call stack) and some of its regexes backtrack once per character of a
 * paragraph (a paragraph of ~9 MB overflows V8's regex stack, so a 10 MB post used to lose every
 * link and heading at once). When the whole text fails, it is lexed in pieces cut between
 * blocks (at blank lines, outside code fences and comments), sharing one lexer so reference
 * definitions still resolve; a piece that still fails is cut between lines, and only a single
 * line that fails on its own is kept as plain text. Inline content (a paragraph's text) that
 * fails is halved between lines the same way. Every such place is reported in `notices`.
 */
export function safeLex(md: Marked, text: string, chunk = CHUNK): SafeLex {
  const normalized = text.replace(/\r\n?/g, '\n'); // as marked's own lex() does
  return lexInPieces(md, normalized, chunk);
}

/** marked's lex() (blocks, then the queued inline content), with each phase allowed to fail in part. */
function lexInPieces(md: Marked, text: string, chunk: number): SafeLex {
  const lexer = new md.Lexer(md.defaults);
  const tokens = lexer.tokens as TokensList;
  const notices: LexNotice[] = [];
  /** Lexes [a, b) onto `tokens`; on failure leaves tokens and the inline queue as they were. */
  const tryLex = (a: number, b: number): boolean => {
    const before = tokens.length;
    const queued = lexer.inlineQueue.length;
    try {
      lexer.blockTokens(text.slice(a, b), tokens);
      return true;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      tokens.length = before;
      lexer.inlineQueue.length = queued;
      return false;
    }
  };
  /** A run of lines that failed: halved between lines until each piece reads, or one line is left as text. */
  const lexLines = (a: number, b: number, failed = false): void => {
    if (!failed && tryLex(a, b)) return;
    const mid = failed && !/\S/.test(text.slice(text.indexOf('\n', a) + 1 || b, b)) ? -1 : middleLineStart(text, a, b);
    if (mid < 0) {
      tokens.push(plainParagraph(text.slice(a, b)));
      let end = b;
      while (end > a && /\s/.test(text[end - 1]!)) end--;
      notices.push({ start: a, end, kind: 'unread' });
      return;
    }
    lexLines(a, mid);
    lexLines(mid, b);
  };
  /** One block that failed whole: read in pieces of lines (said, since the preview may show it cut). */
  const lexBlock = (a: number, b: number): void => {
    // One line and blank lines after it: that line is what can't be read.
    let end = b;
    while (end > a && /\s/.test(text[end - 1]!)) end--;
    if (middleLineStart(text, a, end) < 0) return lexLines(a, b, true);
    const pieces = lineCuts(text, a, b, chunk);
    if (pieces.length > 1 || middleLineStart(text, a, b) >= 0) notices.push({ start: a, end: b, kind: 'split' });
    // A range already seen failing is not tried again: a failure costs as much as a full read.
    for (const [x, y] of pieces) lexLines(x, y, pieces.length === 1);
  };
  const pieces = tryLex(0, text.length) ? [] : blockCuts(text, 0, text.length, chunk);
  for (const [a, b] of pieces) {
    if (pieces.length > 1 && tryLex(a, b)) continue;
    // Each block on its own first: only the block that can't be read is cut further.
    const blocks = blockCuts(text, a, b, 0);
    if (blocks.length === 1) lexBlock(a, b);
    else for (const [x, y] of blocks) if (!tryLex(x, y)) lexBlock(x, y);
  }
  /** Inline content lexed onto `out`; when it fails whole, halved between lines, and a line that still fails stays text. */
  const inlineInPieces = (src: string, out: Token[], unread: string[]): void => {
    const before = out.length;
    try {
      lexer.state.inRawBlock = false;
      lexer.inlineTokens(src, out);
      return;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      out.length = before;
    }
    const mid = middleLineStart(src, 0, src.length);
    if (mid < 0) {
      unread.push(src);
      out.push(plainText(src));
      return;
    }
    inlineInPieces(src.slice(0, mid), out, unread);
    inlineInPieces(src.slice(mid), out, unread);
  };
  for (const item of lexer.inlineQueue) {
    const unread: string[] = [];
    inlineInPieces(item.src, item.tokens, unread);
    // The paragraph's text may be a container's content (markers taken off): located by its text.
    const near = unread.length ? Math.max(0, text.indexOf(item.src.slice(0, 200))) : 0;
    for (const piece of unread) {
      const at = text.indexOf(piece.slice(0, 200), near);
      notices.push({ start: Math.max(0, at), end: at < 0 ? 0 : at + piece.trimEnd().length, kind: 'unread' });
    }
  }
  lexer.inlineQueue = [];
  // A block whose only readable rest is blank lines says so once: as the unreadable line.
  const merged = notices.filter((n) => n.kind === 'unread' || readableRest(text, n, notices));
  merged.sort((x, y) => x.start - y.start || (x.kind === 'split' ? -1 : 1));
  return { tokens, notices: merged };
}

/** Whether something other than blank lines in `split` was read (is not inside an unread notice). */
function readableRest(text: string, split: LexNotice, notices: readonly LexNotice[]): boolean {
  let at = split.start;
  const unread = notices.filter((u) => u.kind === 'unread' && u.start >= split.start && u.end <= split.end).sort((x, y) => x.start - y.start);
  for (const u of unread) {
    if (/\S/.test(text.slice(at, u.start))) return true;
    at = Math.max(at, u.end);
  }
  return /\S/.test(text.slice(at, split.end));
}

/** The start of the line nearest the middle of [a, b), or -1 when [a, b) is a single line. */
function middleLineStart(text: string, a: number, b: number): number {
  const middle = a + Math.floor((b - a) / 2);
  const after = text.indexOf('\n', middle);
  if (after >= 0 && after + 1 < b) return after + 1;
  const before = text.lastIndexOf('\n', middle - 1);
  return before >= a && before + 1 > a && before + 1 < b ? before + 1 : -1;
}

function plainText(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: false };
}

function plainParagraph(text: string): Tokens.Paragraph {
  return { type: 'paragraph', raw: text, text, tokens: [plainText(text)] };
}

/**
 * Cuts of [from, to) at least `min` characters long, each starting a line that starts a new block for sure: it
 * follows a blank line, is not indented (it can't be a list item's or a code block's
 * continuation) and is outside a fenced code block and an HTML comment.
 */
function blockCuts(text: string, from: number, to: number, min: number): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let start = from;
  let fence: string | undefined;
  let comment = false;
  let previousBlank = false;
  for (let at = from; at < to; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > to ? to : nl;
    const line = text.slice(at, Math.min(end, at + 400));
    const blank = line.trim() === '' && end - at < 400;
    if (!fence && !comment && previousBlank && !blank && /^\S/.test(line) && at > start && at - start >= min) {
      cuts.push([start, at]);
      start = at;
    }
    if (fence) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
    } else {
      const whole = text.slice(at, end);
      if (comment) {
        if (whole.includes('-->')) comment = false;
      } else {
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        const opened = whole.lastIndexOf('<!--');
        if (open) fence = open[1];
        else if (opened >= 0 && !whole.includes('-->', opened + 4)) comment = true;
      }
    }
    previousBlank = blank;
    at = nl < 0 ? to : nl + 1;
  }
  cuts.push([start, to]);
  return cuts;
}

/**
 * [a, b) cut between lines into pieces of about `chunk` characters, for a block too long to read
 * whole. A cut goes before a line that can't change what the line before it was: not indented,
 * not a setext underline (=== / ---), not a table row; failing those, before any line.
 */
function lineCuts(text: string, a: number, b: number, chunk: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = a;
  let fallback = -1;
  for (let at = text.indexOf('\n', a) + 1; at > 0 && at < b; at = text.indexOf('\n', at) + 1) {
    if (at - start < chunk) continue;
    const c = text[at]!;
    if (!/[\s=|-]/.test(c)) {
      pieces.push([start, at]);
      start = at;
      fallback = -1;
    } else if (fallback < 0) fallback = at;
    else if (at - start >= 2 * chunk) {
      pieces.push([start, fallback]);
      start = fallback;
      fallback = -1;
    }
  }
  pieces.push([start, b]);
  return pieces;
}

/**
 * The preview HTML. When marked's renderer overflows the stack, each top-level block is rendered
 * on its own, and only a block that still fails is shown escaped in a <pre>.
 */
export function safeRender(md: Marked, tokens: Token[], fallbackText: string): string {
  try {
    return md.parser(tokens) as string;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (tokens.length <= 1) return pre(fallbackText);
  return tokens
    .map((t) => {
      try {
        return md.parser([t]) as string;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return pre(t.raw);
      }
    })
    .join('');
}

function pre(text: string): string {
  return `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
}
