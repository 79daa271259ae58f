import type { Marked, Token, Tokens } from 'marked';

/**
 * marked recurses once per nesting level, so pathological input (thousands of `*` or `>` in a
 * row) overflows the call stack. The core must never throw, so such a body is treated as one
 * plain paragraph: rules still run on its text and the preview still shows it.
 */
export function safeLex(md: Marked, text: string): Token[] {
  try {
    return md.lexer(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    if (!text) return [];
    const inline: Tokens.Text = { type: 'text', raw: text, text, escaped: false };
    return [{ type: 'paragraph', raw: text, text, tokens: [inline] } as Tokens.Paragraph];
  }
}

/** The preview HTML, or the text escaped into a <pre> when marked's renderer overflows the stack. */
export function safeRender(md: Marked, tokens: Token[], fallbackText: string): string {
  try {
    return md.parser(tokens) as string;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return `<pre>${fallbackText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
  }
}
