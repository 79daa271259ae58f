/**
 * The heading of each rule's group in the panel, with its count: "18 links carry tracking
 * parameters". Words for people scanning a long post, not the rule's own description (which
 * says what a good post does). Every rule has one; a meta-test checks the registry against it.
 */
type Title = (n: number) => string;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const GROUP_TITLES: Record<string, Title> = {
  // Frontmatter
  'frontmatter-fence': () => 'The frontmatter block is missing or not closed',
  'yaml-syntax': (n) => `${plural(n, 'error', 'errors')} in the frontmatter YAML`,
  'required-fields': (n) => `${plural(n, 'required field', 'required fields')} missing or empty`,
  'field-type': (n) => `${plural(n, 'field holds', 'fields hold')} the wrong type of value`,
  'field-constraints': (n) => `${plural(n, 'field breaks', 'fields break')} the site's rules`,
  'title-length': () => 'The title is too long for search results',
  'description-length': () => 'The SEO description has the wrong length',
  'date-valid': (n) => `${plural(n, 'date is', 'dates are')} not valid`,
  'url-absolute': (n) => `${plural(n, 'address field is', 'address fields are')} not absolute https`,
  'twitter-handle': (n) => `${plural(n, 'X handle is', 'X handles are')} not valid`,
  'draft-flag': () => 'The post is marked as a draft or hidden',
  // Links
  'malformed-url': (n) => `${plural(n, 'link address is', 'link addresses are')} malformed`,
  'empty-link-text': (n) => `${plural(n, 'link has', 'links have')} no text`,
  'tracking-params': (n) => `${plural(n, 'link carries', 'links carry')} tracking parameters`,
  'image-alt': (n) => `${plural(n, 'image has', 'images have')} no alt text`,
  'vague-link-text': (n) => `${plural(n, 'link has', 'links have')} vague text`,
  'insecure-http': (n) => `${plural(n, 'link uses', 'links use')} http://`,
  'bare-url': (n) => `${plural(n, 'address is', 'addresses are')} pasted bare`,
  'reversed-link': (n) => `${plural(n, 'link is', 'links are')} written the wrong way round, (text)[url]`,
  'relative-link': (n) => `${plural(n, 'relative link', 'relative links')}`,
  'redirect-wrapper': (n) => `${plural(n, 'link goes', 'links go')} through a redirect wrapper`,
  'link-check': (n) => `${plural(n, 'link has', 'links have')} a problem when visited`,
  'deceptive-link': (n) => (n === 1 ? '1 link hides where it leads' : `${n} links hide where they lead`),
  // Body
  'single-h1': (n) => `${plural(n, 'extra top-level heading', 'extra top-level headings')} (H1)`,
  'heading-increment': (n) => `${plural(n, 'heading skips', 'headings skip')} a level`,
  'emphasis-as-heading': (n) => `${plural(n, 'bold line works', 'bold lines work')} as a heading`,
  'pasted-artifacts': (n) => `${plural(n, 'piece', 'pieces')} of pasted junk (invisible characters, stray spaces, clipboard markup)`,
  'parser-limits': (n) => `${plural(n, 'part of the post was', 'parts of the post were')} too large to read whole`,
  // The post's own directive comments
  directive: (n) => `${plural(n, 'directive comment names', 'directive comments name')} an unknown rule`,
};

/** The group heading for `count` findings of `ruleId` (a rule added later without a title still reads well). */
export function groupTitle(ruleId: string, count: number): string {
  const title = GROUP_TITLES[ruleId];
  return title ? title(count) : `${ruleId}: ${plural(count, 'finding', 'findings')}`;
}

/** The label of a group's bulk button: what it does to all of them. */
export function bulkLabel(ruleId: string, count: number): string {
  return ruleId === 'tracking-params' ? `Clean all ${count}` : `Fix all ${count}`;
}
