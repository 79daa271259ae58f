/**
 * What the browser's own permission prompt says when "Check links" asks for the sites a post
 * links to (optional host permissions), so the panel can quote it instead of paraphrasing.
 * Taken from the browsers' en-US strings and the code that picks them:
 * - Chromium (156): a dialog '"<name>" has requested additional permissions.' / "It could:" and
 *   "Read and change your data on $1", "… on $1 and $2", "… on $1, $2, and $3", or for more
 *   sites "Read and change your data on a number of websites" (seen on screen, headed under Xvfb).
 * - Firefox (ESR 153, toolkit/global/extensions.ftl and Extension.sys.mjs with the full domain
 *   list used by optional-permission prompts): "<name> requests additional permissions", "It
 *   wants to:", then "Access your data for sites in $domain domains" for one site, or "Access
 *   your data for sites in $n domains" (with the list to expand) for several (the e2e test reads
 *   the real prompt's text).
 * Both ask only for the sites not allowed yet, and not at all when every site is allowed.
 */
export function chromePromptLine(hosts: readonly string[]): string {
  const [a, b, c] = hosts;
  if (hosts.length === 1) return `Read and change your data on ${a}`;
  if (hosts.length === 2) return `Read and change your data on ${a} and ${b}`;
  if (hosts.length === 3) return `Read and change your data on ${a}, ${b}, and ${c}`;
  return 'Read and change your data on a number of websites';
}

export function firefoxPromptLine(hosts: readonly string[]): string {
  if (hosts.length === 1) return `Access your data for sites in ${hosts[0]} domains`;
  return `Access your data for sites in ${hosts.length} domains`;
}
