/**
 * Text from posts, links, servers and file names must never drive the terminal: an ESC starts
 * CSI/OSC sequences (clear the screen, set the window title, OSC 52 writes the clipboard, OSC 8
 * disguises links), C1 controls do the same on some terminals, a carriage return or backspace
 * overwrites what was printed, and bidi controls reorder it. Each is shown as a `\uXXXX` escape,
 * which is also a valid JSON escape for the same character, so JSON output keeps its meaning.
 */
// C0 except tab and line feed, DEL, C1, and the Unicode bidi controls (ALM, LRM/RLM, embeddings/overrides, isolates).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_WITH_LINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** For whole outputs: our own tabs and line breaks stay, everything else dangerous is escaped. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** For one field printed on one line (a path, a message): line breaks are escaped too. */
export function escapeInline(text: string): string {
  return text.replace(UNSAFE_WITH_LINES, escape);
}
