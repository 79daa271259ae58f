/**
 * Keeps the dock's host element visible as the user sees it, against the page it lives in, and
 * tells whether it is: a page could otherwise make the panel invisible (opacity, filters,
 * transforms, clip-path, blend modes, covering elements…) while it stays clickable, and lure
 * clicks onto "Clean links" or "Use this" (clickjacking).
 *
 * - Every visual property of the host is pinned inline with !important (an inline important
 *   declaration beats every page rule, layered or not, and every CSS animation); a
 *   MutationObserver puts them back the moment page script touches the host's attributes.
 * - The host is shown as a manual popover: it sits in the browser's top layer, above any
 *   z-index, and its ancestors' opacity, filters, transforms, clips and masks don't apply to it.
 * - `hostVisibility` checks from here what the page can still do (the root's filter in Firefox,
 *   content-visibility, zoom, other top-layer elements, view transitions); the panel asks before
 *   any change to the post (see src/panel/visibility.ts).
 */

import type { HiddenKey, HiddenParams, HiddenReason } from '../protocol/hidden-reason';

export type DockVisibility = { visible: true } | { visible: false; why: HiddenReason };

/** Visual properties the page must not change on the host, with the value they must keep. */
const PINNED: readonly [string, string][] = [
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['perspective', 'none'],
  ['offset-path', 'none'],
  ['clip-path', 'none'],
  ['clip', 'auto'],
  ['mask', 'none'],
  ['-webkit-mask', 'none'],
  ['mix-blend-mode', 'normal'],
  ['isolation', 'isolate'],
  ['pointer-events', 'auto'],
  ['content-visibility', 'visible'],
  ['zoom', '1'],
  ['transition', 'none'],
  ['animation', 'none'],
  ['will-change', 'auto'],
  // A popover's own UA styles, undone.
  ['border', '0'],
  ['overflow', 'visible'],
  ['background', 'transparent'],
];

/**
 * Computed values that must hold on the host, checked at every visibility question (what the page
 * could change despite the pins: a removed inline style between our observer's runs, say).
 */
const COMPUTED: readonly [string, (v: string) => boolean][] = [
  ['display', (v) => v !== 'none'],
  ['opacity', (v) => v === '1'],
  ['visibility', (v) => v === 'visible'],
  ['filter', (v) => v === 'none'],
  ['transform', (v) => v === 'none'],
  ['clip-path', (v) => v === 'none'],
  ['mask-image', (v) => v === 'none'],
  ['mix-blend-mode', (v) => v === 'normal'],
  ['content-visibility', (v) => v === 'visible'],
];

export interface HostGuard {
  /** Sets (and from now on keeps) these properties on the host too: the dock's size and place. */
  pin(props: readonly [string, string][]): void;
  /** Whether the panel is what the user sees at the right edge of the page. */
  visibility(): DockVisibility;
}

/** Starts guarding `host` (already in the document) until `signal` aborts. */
export function guardHost(host: HTMLElement, signal: AbortSignal): HostGuard {
  const doc = host.ownerDocument;
  let extra: readonly [string, string][] = [];
  const topLayer = typeof host.showPopover === 'function';

  const applyAll = () => {
    for (const [k, v] of [...PINNED, ...extra]) host.style.setProperty(k, v, 'important');
    if (topLayer && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (topLayer && host.isConnected && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // Not in a document that can show it (e.g. moved into an inert one): visibility() says so.
      }
    }
  };

  const observer = new MutationObserver(() => {
    if (signal.aborted) return;
    // Our own writes would call us again: not observed while we write.
    observer.disconnect();
    applyAll();
    observer.observe(host, { attributes: true });
  });
  // The page can close the popover (hidePopover) or reorder the top layer: shown again at once.
  host.addEventListener('toggle', (e) => {
    if (!signal.aborted && (e as ToggleEvent).newState === 'closed') queueMicrotask(() => !signal.aborted && applyAll());
  }, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  applyAll();
  observer.observe(host, { attributes: true });

  return {
    pin(props) {
      extra = props;
      observer.disconnect();
      applyAll();
      if (!signal.aborted) observer.observe(host, { attributes: true });
    },
    visibility: () => hostVisibility(doc, host, topLayer),
  };
}

/** The panel as the user sees it: in the page, shown, on top, at full size and unaltered. */
export function hostVisibility(doc: Document, host: HTMLElement, topLayer = typeof host.showPopover === 'function'): DockVisibility {
  const no = (say: HiddenKey, params?: HiddenParams): DockVisibility => ({ visible: false, why: params ? { say, params } : { say } });
  const win = doc.defaultView;
  if (!host.isConnected || !win) return no('hiddenRemoved');
  if (topLayer && !host.matches(':popover-open')) return no('hiddenNotTopLayer');

  const style = win.getComputedStyle(host);
  for (const [property, ok] of COMPUTED) {
    if (!ok(style.getPropertyValue(property))) return no('hiddenRestyled', { property, value: style.getPropertyValue(property) });
  }
  // The page's rules for the host's ::before/::after lose to the shadow root's (dock.ts); checked anyway.
  for (const pseudo of ['::before', '::after']) {
    const content = win.getComputedStyle(host, pseudo).getPropertyValue('content');
    if (content && content !== 'none' && content !== 'normal') return no('hiddenPseudo', { element: pseudo });
  }
  // In the top layer the ancestors' opacity, transforms, clips, masks and blending don't apply,
  // but an ancestor's content-visibility still hides it, and Firefox applies the root's filter.
  for (let el = host.parentElement; el; el = el.parentElement) {
    const s = win.getComputedStyle(el);
    const cv = s.getPropertyValue('content-visibility');
    if (cv && cv !== 'visible') return no('hiddenContentVisibility', { value: cv, element: el.localName });
    if (!topLayer || el === doc.documentElement) {
      const filter = s.getPropertyValue('filter');
      if (!harmlessFilter(filter)) return no('hiddenFilter', { value: filter, element: el.localName });
    }
    if (!topLayer) {
      if (Number(s.getPropertyValue('opacity')) < 1) return no('hiddenOpacity', { element: el.localName });
      for (const p of ['transform', 'clip-path', 'mask-image'] as const) if (s.getPropertyValue(p) !== 'none') return no('hiddenAltered', { property: p, element: el.localName });
    }
  }

  // Full size at the right edge, as the dock placed it (zoom or a containing block would change it).
  const rect = host.getBoundingClientRect();
  const viewportWidth = doc.documentElement.clientWidth || win.innerWidth;
  const expectedWidth = parseFloat(host.style.getPropertyValue('width')) || rect.width;
  const wrongSize = rect.height < win.innerHeight - 2 || Math.abs(rect.top) > 2 || Math.abs(rect.width - expectedWidth) > 2 || rect.right < viewportWidth - 2 || rect.right > win.innerWidth + 2;
  if (wrongSize) return no('hiddenSize');

  if (doc.fullscreenElement && doc.fullscreenElement !== host) return no('hiddenFullscreen');
  try {
    if (doc.documentElement.matches(':active-view-transition')) return no('hiddenViewTransition');
  } catch {
    // No view transitions in this browser.
  }
  // Elements shown after ours in the top layer (dialogs, popovers) are drawn over it.
  for (const el of doc.querySelectorAll(':popover-open, dialog:modal')) {
    if (el !== host && overlaps(el.getBoundingClientRect(), rect)) return no(el.localName === 'dialog' ? 'hiddenDialog' : 'hiddenPopup');
  }
  // Whatever the browser would hit at points across the panel must be the panel.
  for (const [fx, fy] of [[0.5, 0.5], [0.2, 0.15], [0.8, 0.15], [0.2, 0.85], [0.8, 0.85]] as const) {
    const x = rect.left + rect.width * fx;
    const y = rect.top + rect.height * fy;
    const top = doc.elementFromPoint(x, y);
    if (top !== host) return no('hiddenCoveredBy', { element: top?.localName ?? '' });
  }
  return { visible: true };
}

/** Filters that keep content legible (a dark theme's invert, a grayscale mode); anything else could hide it. */
export function harmlessFilter(filter: string): boolean {
  if (!filter || filter === 'none') return true;
  const parts = filter.match(/[a-z-]+\([^)]*\)/g);
  if (!parts || parts.join(' ').replace(/\s+/g, ' ') !== filter.trim().replace(/\s+/g, ' ')) return false;
  return parts.every((part) => {
    const [, name, arg] = /^([a-z-]+)\(([^)]*)\)$/.exec(part) ?? [];
    const n = arg?.trim().endsWith('%') ? parseFloat(arg) / 100 : parseFloat(arg ?? '');
    if (name === 'hue-rotate' || name === 'grayscale' || name === 'sepia') return true;
    if (name === 'saturate') return true;
    if (name === 'invert') return Number.isFinite(n) && (n <= 0.1 || n >= 0.9);
    if (name === 'brightness' || name === 'contrast') return Number.isFinite(n) && n >= 0.7 && n <= 1.5;
    return false;
  });
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
