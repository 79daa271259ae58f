import DOMPurify from 'dompurify';
import type { RemoteMedia } from '../protocol/settings';

/*
 * The post's rendered HTML made safe to show. The draft is untrusted: DOMPurify removes scripts,
 * event handlers and javascript: URLs, and the hook below makes sure nothing in the preview can
 * navigate the panel's own frame (which would put another extension page, e.g. the options, inside
 * the web page where it could be hidden and clickjacked) or fetch anything the user didn't allow.
 * Returns a fragment so no HTML string is ever assigned to innerHTML by the panel.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const XLINK_HREF = 'xlink:href';

/** Schemes a click in the preview may open (in a new tab, without opener or referrer). */
const OPENABLE = new Set(['http:', 'https:', 'mailto:']);

/**
 * Elements and attributes the preview never needs and that navigate, submit, re-target links or
 * change how URLs resolve; `target` is set again by the hook on links only. SMIL animation could
 * rewrite an href after sanitizing.
 */
const FORBID_TAGS = ['style', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'base', 'meta', 'link', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set'];
const FORBID_ATTR = ['style', 'action', 'formaction', 'formtarget', 'formmethod', 'form', 'target', 'ping', 'download', 'srcdoc', 'xml:base', 'attributename', 'autoplay'];

/** Attributes that make the browser fetch a URL as soon as the element is shown. */
const FETCHING_ATTRS = ['src', 'srcset', 'poster', 'background'] as const;

export interface PreviewOptions {
  /** The site's public address: relative links and images resolve against it. */
  baseUrl?: string;
  /**
   * 'load': images, video and audio from any site are fetched (without a referrer).
   * 'ask' (the default): only from `trustedOrigins`; the rest are held back until the user asks.
   */
  remoteMedia?: RemoteMedia;
  /** Origins whose media load even in 'ask' mode: the site's own base URL, the editor's page. */
  trustedOrigins?: readonly string[];
}

export interface PreviewResult {
  fragment: DocumentFragment;
  /** Remote media held back: how many elements, and from which hosts (sorted). */
  held: { count: number; hosts: string[] };
}

/** The safe preview of `html` with every remote image, video and audio loaded (no referrer). */
export function safePreview(html: string, baseUrl: string | undefined, win: Window & typeof globalThis = window): DocumentFragment {
  return renderPreview(html, { baseUrl, remoteMedia: 'load' }, win).fragment;
}

export function renderPreview(html: string, options: PreviewOptions, win: Window & typeof globalThis = window): PreviewResult {
  const { baseUrl } = options;
  let heldCount = 0;
  let nodeHeld = false;
  const heldHosts = new Set<string>();
  /** The URL to fetch, or undefined to drop it (unresolvable, not http(s)/data, or held back). */
  const fetchable = (value: string): string | undefined => {
    const url = resolveUrl(value, baseUrl);
    if (url === undefined || url.startsWith('#')) return undefined;
    const media = mediaUrl(url, options);
    if (media.held) {
      nodeHeld = true;
      heldHosts.add(media.host);
    }
    return media.url;
  };

  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    nodeHeld = false;
    const ns = el.namespaceURI;
    const name = el.localName;
    const isLink = (ns === SVG_NS && name === 'a') || (ns !== SVG_NS && ns !== MATHML_NS && (name === 'a' || name === 'area'));

    if (isLink) {
      hardenLink(el, baseUrl);
    } else if (ns === MATHML_NS) {
      // MathML links (Firefox followed `href` on any MathML element): a post's formula needs none.
      el.removeAttribute('href');
      el.removeAttribute(XLINK_HREF);
    } else if (ns === SVG_NS) {
      hardenSvgReference(el, fetchable);
    }

    for (const attr of FETCHING_ATTRS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const kept = attr === 'srcset' ? rewriteSrcset(value, fetchable) : fetchable(value);
      if (kept === undefined || kept === '') {
        el.removeAttribute(attr);
      } else {
        el.setAttribute(attr, kept);
      }
    }
    // Presentation attributes read as CSS (fill, stroke, mask, clip-path, filter, marker-*, cursor…)
    // fetch what their url() names: only in-document references (#id) stay, or the remote-media
    // rules would be bypassed. A backslash could spell url( in CSS escapes: such a value goes too.
    if (ns === SVG_NS) {
      for (const attr of [...el.attributes]) {
        if (attr.value.includes('(') && !/^(?:aria|data)-/.test(attr.name) && !onlyLocalUrls(attr.value)) el.removeAttribute(attr.name);
      }
    }
    // No element may keep an href that isn't a hardened link or an in-document reference.
    if (!isLink && ns !== SVG_NS && el.hasAttribute('href')) el.removeAttribute('href');
    if (name === 'img' && ns !== SVG_NS && ns !== MATHML_NS) {
      // A missing alt text is reported by the checks; in the preview the image is treated as
      // decorative so a screen reader doesn't read out its file name.
      if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
      el.setAttribute('referrerpolicy', 'no-referrer');
    }
    // Marked for the placeholder style, counted for the "Load" button.
    if (nodeHeld) {
      heldCount++;
      el.setAttribute('data-held', '');
    }
  });
  const fragment = purify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS, FORBID_ATTR });
  return { fragment, held: { count: heldCount, hosts: [...heldHosts].sort() } };
}

/** Whether every url() in a CSS-like attribute value points inside the document (`url(#id)`), with no CSS escapes. */
function onlyLocalUrls(value: string): boolean {
  if (!/url\s*\(/i.test(value) && !value.includes('\\')) return true;
  if (value.includes('\\')) return false;
  for (const m of value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!m[2]!.trim().startsWith('#')) return false;
  // A url( the pattern above could not read (unbalanced, nested) is not trusted either.
  return (value.match(/url\s*\(/gi) ?? []).length === [...value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].length;
}

/**
 * A link (HTML `a`/`area`, SVG `a`): one resolved `href` that is either an in-document `#fragment`
 * or an http(s)/mailto address, opened in a new tab without opener or referrer. Anything else
 * (extension pages, file:, data:, relative without a base) loses its href and goes nowhere.
 */
function hardenLink(el: Element, baseUrl: string | undefined): void {
  const raw = el.getAttribute('href') ?? el.getAttribute(XLINK_HREF);
  el.removeAttribute(XLINK_HREF);
  el.removeAttribute('href');
  if (raw === null) return;
  const url = resolveUrl(raw.trim(), baseUrl);
  if (url === undefined) return;
  if (url.startsWith('#')) {
    el.setAttribute('href', url);
    return;
  }
  const parsed = parse(url);
  if (!parsed || !OPENABLE.has(parsed.protocol)) return;
  el.setAttribute('href', url);
  el.setAttribute('target', '_blank');
  el.setAttribute('rel', 'noopener noreferrer');
}

/**
 * SVG elements other than `a`: `image` and `feImage` fetch their href (remote media rules);
 * every other reference (gradients, patterns, textPath…) may only point inside the document.
 */
function hardenSvgReference(el: Element, fetchable: (value: string) => string | undefined): void {
  const raw = el.getAttribute('href') ?? el.getAttribute(XLINK_HREF);
  if (raw === null) return;
  el.removeAttribute(XLINK_HREF);
  el.removeAttribute('href');
  const value = raw.trim();
  if (el.localName === 'image' || el.localName.toLowerCase() === 'feimage') {
    const url = fetchable(value);
    if (url !== undefined) el.setAttribute('href', url);
  } else if (/^#[^\s#]*$/.test(value)) {
    el.setAttribute('href', value);
  }
}

/** `srcset` with each candidate's URL passed through `fetchable`; candidates it drops are left out. */
export function rewriteSrcset(srcset: string, fetchable: (value: string) => string | undefined): string {
  const out: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(srcset)) {
    const kept = fetchable(url);
    if (kept !== undefined) out.push(descriptor ? `${kept} ${descriptor}` : kept);
  }
  return out.join(', ');
}

/**
 * The candidates of a `srcset`, as the HTML parser splits them: a URL (which may contain commas,
 * but doesn't end in one), then descriptors up to the next comma.
 */
export function srcsetCandidates(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= srcset.length) break;
    let j = i;
    while (j < srcset.length && !/\s/.test(srcset[j]!)) j++;
    let url = srcset.slice(i, j);
    i = j;
    let descriptor = '';
    if (/,+$/.test(url)) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        descriptor += srcset[i];
        i++;
      }
    }
    if (url) out.push({ url, descriptor: descriptor.trim() });
  }
  return out;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * `undefined` = drop the attribute: a relative URL with no base to resolve against would
 * otherwise point into the extension itself. `#fragment` links stay as they are.
 */
export function resolveUrl(value: string, baseUrl: string | undefined): string | undefined {
  if (value.startsWith('#')) return value;
  try {
    return new URL(value).href;
  } catch {
    // Relative: needs a base.
  }
  if (!baseUrl) return undefined;
  try {
    return new URL(value, baseUrl).href;
  } catch {
    return undefined;
  }
}

/** What a click on `target` inside the preview should do. */
export type PreviewNavigation = { kind: 'none' } | { kind: 'fragment'; id: string } | { kind: 'open'; url: string };

/**
 * The link a click inside `container` activates, if any: the nearest HTML `a`/`area`, SVG `a`, or
 * any other element with an href (MathML), up to the container. `null` when the click is not on a
 * link (the browser's default action is then harmless). Every link click is handled by the panel
 * itself (`event.preventDefault()` + `window.open`), so even a link the sanitizer missed can't
 * navigate the panel's frame.
 */
export function previewNavigation(target: EventTarget | null, container: Element): PreviewNavigation | null {
  for (let el = target instanceof Element ? target : null; el && el !== container; el = el.parentElement) {
    const href = el.getAttribute('href') ?? el.getAttribute(XLINK_HREF);
    const isAnchor = el.localName === 'a' || el.localName === 'area';
    if (href === null && !isAnchor) continue;
    if (href === null) return { kind: 'none' };
    if (href.startsWith('#')) return href.length > 1 ? { kind: 'fragment', id: decodeFragment(href.slice(1)) } : { kind: 'none' };
    const parsed = parse(href);
    return parsed && OPENABLE.has(parsed.protocol) ? { kind: 'open', url: parsed.href } : { kind: 'none' };
  }
  return null;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The origins whose media load without asking: the site's own public address and the editor's page. */
export function mediaOrigins(baseUrl: string | undefined, pageUrl: string | undefined): string[] {
  return [baseUrl, pageUrl].flatMap((u) => {
    const parsed = u ? parse(u) : undefined;
    return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? [parsed.origin] : [];
  });
}

/** One media URL (e.g. the social card's image) under the same rules as the post's: its URL to load, or held back. */
export function mediaUrl(url: string, options: PreviewOptions): { url?: string; held: boolean; host: string } {
  const parsed = parse(url);
  if (!parsed) return { held: false, host: '' };
  if (parsed.protocol === 'data:') return { url, held: false, host: '' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { held: false, host: '' };
  const held = (options.remoteMedia ?? 'ask') === 'ask' && !(options.trustedOrigins ?? []).includes(parsed.origin);
  return held ? { held, host: parsed.host } : { url: parsed.href, held, host: parsed.host };
}
