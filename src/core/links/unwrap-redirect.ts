import { hostOf } from './clean-url';

/**
 * Redirect wrappers that mail, chat and social sites put around every link, and that come
 * along when a link is copied from them: the reader is sent through the wrapper (which records
 * the click, and whose link may expire or warn) before reaching the page. Each entry is a
 * well-known wrapper whose target sits, percent-encoded, in one query parameter.
 * Opaque shorteners (t.co, lnkd.in), signed or base64 targets (Bing, Proofpoint) and newsletter
 * click trackers can't be unwrapped without asking the network, and are not listed.
 */
interface Wrapper {
  name: string;
  host: RegExp;
  path: RegExp;
  /** Query parameters holding the target, in order of preference. */
  params: readonly string[];
}

const WRAPPERS: readonly Wrapper[] = [
  // Google Search, Gmail, Docs and Sheets: google.com/url?q=… (or url=…), any country domain.
  { name: 'Google', host: /^(?:www\.)?google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/, path: /^\/url$/, params: ['q', 'url'] },
  // Outlook / Microsoft 365 Safe Links (and the US government cloud's).
  { name: 'Outlook Safe Links', host: /\.safelinks\.protection\.(?:outlook\.com|office365\.us)$/, path: /^\/?$/, params: ['url'] },
  { name: 'Facebook', host: /^(?:l|lm)\.facebook\.com$/, path: /^\/l\.php$/, params: ['u'] },
  { name: 'Messenger', host: /^l\.messenger\.com$/, path: /^\/l\.php$/, params: ['u'] },
  { name: 'Instagram', host: /^l\.instagram\.com$/, path: /^\/?$/, params: ['u'] },
  { name: 'LinkedIn', host: /^(?:www\.)?linkedin\.com$/, path: /^\/(?:safety\/go|redir\/redirect)\/?$/, params: ['url'] },
  { name: 'Slack', host: /^slack-redir\.net$/, path: /^\/link$/, params: ['url'] },
  { name: 'Reddit', host: /^out\.reddit\.com$/, path: /^\/[^/]*$/, params: ['url'] },
  { name: 'Tumblr', host: /^t\.umblr\.com$/, path: /^\/redirect$/, params: ['z'] },
  { name: 'VK', host: /^(?:(?:m|www)\.)?vk\.com$|^away\.vk\.com$/, path: /^\/away(?:\.php)?$/, params: ['to'] },
  { name: 'YouTube', host: /^(?:www\.|m\.)?youtube\.com$/, path: /^\/redirect$/, params: ['q'] },
  { name: 'Steam', host: /^steamcommunity\.com$/, path: /^\/linkfilter\/?$/, params: ['url', 'u'] },
  { name: 'DuckDuckGo', host: /^(?:www\.|html\.)?duckduckgo\.com$/, path: /^\/l\/?$/, params: ['uddg'] },
];

export interface Unwrapped {
  /** The page the wrapper sends readers to: its own encoding kept, the wrapper's fragment carried over when it has none. */
  target: string;
  /** Who wrapped it ("Google", "Outlook Safe Links"…); the outermost one when wrappers are nested. */
  wrapper: string;
}

const PARTS = /^(?:https?:)?\/\/([^/?#\\]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/i;
const TARGET = /^https?:\/\/([^/?#\\\s]+)[^\s]*$/i;

/**
 * The target of a redirect-wrapper link, or undefined when `raw` is not one of the wrappers
 * above or its target is not a plain http(s) address. `htmlEntities`: the URL sits in an HTML
 * attribute or a markdown destination, where `&amp;` separates parameters. Nested wrappers
 * (Google around Safe Links) are unwrapped all the way.
 */
export function unwrapRedirect(raw: string, opts: { htmlEntities?: boolean } = {}): Unwrapped | undefined {
  let current = raw;
  let html = opts.htmlEntities === true;
  let outer: string | undefined;
  for (let depth = 0; depth < 4; depth++) {
    const step = unwrapOnce(current, html);
    if (!step) break;
    outer ??= step.wrapper;
    current = step.target;
    html = false; // the decoded target is a URL as such, no longer an attribute's text
  }
  return outer === undefined ? undefined : { target: current, wrapper: outer };
}

function unwrapOnce(raw: string, html: boolean): { target: string; wrapper: string } | undefined {
  const m = PARTS.exec(raw.trim());
  if (!m || m[3] === undefined) return undefined;
  const host = hostOf(m[1]!);
  if (!host) return undefined;
  const path = m[2]!;
  const wrapper = WRAPPERS.find((w) => w.host.test(host) && w.path.test(path));
  if (!wrapper) return undefined;
  const params = queryParams(m[3], html);
  for (const name of wrapper.params) {
    const value = params.get(name);
    if (value === undefined) continue;
    const target = decodeParam(value);
    const t = target === undefined ? null : TARGET.exec(target);
    // Google search results carry an empty or search-words q= before the url= that is the target.
    if (!t || !hostOf(t[1]!)) continue;
    const fragment = m[4];
    return { target: fragment && !target!.includes('#') ? target + fragment : target!, wrapper: wrapper.name };
  }
  return undefined;
}

/** Raw (still encoded) values by name; the first occurrence wins, as wrappers' servers read it. */
function queryParams(query: string, html: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const text = html ? query.replace(/&(?:amp|#0*38|#x0*26);/gi, '&') : query;
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    if (!out.has(name)) out.set(name, eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

function decodeParam(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
