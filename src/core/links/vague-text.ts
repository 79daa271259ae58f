/**
 * Link texts that say nothing about the destination. Compared after lower-casing and dropping
 * punctuation and symbols, so "Click HERE!" and "read more »" match, while a text that names its
 * target ("see the videos >>", "read the release notes") never does.
 */
const VAGUE = new Set([
  'click here', 'click', 'here', 'tap here', 'go here', 'click this link', 'click this', 'this link', 'link', 'this',
  'this page', 'this one', 'page', 'this site', 'website', 'this website', 'url', 'this article', 'article', 'this post',
  'more', 'learn more', 'read more', 'see more', 'find out more', 'more info', 'more information', 'more details', 'details',
  'info', 'continue', 'continue reading', 'keep reading', 'read this', 'check it out', 'check this out', 'go', 'start',
  'click here to learn more', 'click here for more', 'click here for more information', 'read more here', 'learn more here',
  'download', 'download here',
]);

/** The normalized vague phrase, or undefined when the text says something. */
export function vagueText(text: string): string | undefined {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().replace(/\s+/g, ' ');
  return words && VAGUE.has(words) ? words : undefined;
}
