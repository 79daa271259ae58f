import type { ParsedPost } from '../types';
import { parseFrontmatter } from './frontmatter';
import { parseMarkdown } from './markdown';
import { frontmatterLinks } from '../links/frontmatter-links';

/** Parses a whole post once: frontmatter (with ranges), body tokens, links and headings. */
export function parsePost(text: string): ParsedPost {
  const frontmatter = parseFrontmatter(text);
  // An unclosed fence: treat everything as body so the preview still shows the text.
  const bodyStart = frontmatter.closed ? frontmatter.end : frontmatter.present ? frontmatter.start : frontmatter.start;
  const bodyText = text.slice(bodyStart);
  const { tokens, links, headings, notices } = parseMarkdown(bodyText, bodyStart);
  // Links in frontmatter text fields (captions, summaries) come first, as in the text.
  const fieldLinks = frontmatter.closed ? frontmatterLinks(frontmatter, text) : [];
  return { text, frontmatter, body: { start: bodyStart, text: bodyText, tokens }, links: fieldLinks.length ? [...fieldLinks, ...links] : links, headings, ...(notices.length && { notices }) };
}
