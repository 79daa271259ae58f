import type { ParsedPost } from '../types';
import { parseFrontmatter } from './frontmatter';
import { parseMarkdown } from './markdown';

/** Parses a whole post once: frontmatter (with ranges), body tokens, links and headings. */
export function parsePost(text: string): ParsedPost {
  const frontmatter = parseFrontmatter(text);
  // An unclosed fence: treat everything as body so the preview still shows the text.
  const bodyStart = frontmatter.closed ? frontmatter.end : frontmatter.present ? frontmatter.start : frontmatter.start;
  const bodyText = text.slice(bodyStart);
  const { tokens, links, headings } = parseMarkdown(bodyText, bodyStart);
  return { text, frontmatter, body: { start: bodyStart, text: bodyText, tokens }, links, headings };
}
