/**
 * Where the dock sits for a window width: pure, so the breakpoints are tested without a browser.
 *
 * - docked: the panel takes its width from the right edge and the page is narrowed by it. The
 *   page always keeps PAGE_MIN px: in a narrower window the panel narrows first (down to
 *   MIN_WIDTH), and never takes more than MAX_SHARE of the window. A page whose layout asks for
 *   more (Decap's editor has `min-width: 800px`) narrows the panel further, down to MIN_WIDTH;
 *   where even that would squeeze the layout by more than WANTS_SLACK, the panel shows its tab.
 * - tab: only the 36 px tab; the page gets the rest. The user's choice (collapsed), or forced
 *   when even the narrowest panel would leave the page less than PAGE_MIN.
 * - overlay: the user opened the tab in a window too narrow to dock: the panel floats over the
 *   page (which keeps its width) until it is closed again or the window grows.
 */
export const MIN_WIDTH = 260;
export const TAB_WIDTH = 36;
/** What the editor keeps beside a docked panel: a form or textarea is still comfortable at 560 px. */
export const PAGE_MIN = 560;
export const MAX_SHARE = 0.7;
/**
 * How much of a page's own `min-width` may be taken: a layout is squeezed by at most this much
 * beside a docked panel, else the panel shows as its tab (Decap's 800 px editor docks at 1024,
 * not at 900).
 */
export const WANTS_SLACK = 40;
/** Room left of an overlay panel, so the page stays visible (and clickable) behind it. */
const OVERLAY_GAP = 24;

/** The narrowest window in which the panel docks: below it, the dock shows only its tab. */
export const DOCK_BREAKPOINT = MIN_WIDTH + PAGE_MIN;

export interface DockPlacement {
  mode: 'docked' | 'tab' | 'overlay';
  /** The host element's width. */
  width: number;
  /** What the page is narrowed by (its right margin). */
  pageMargin: number;
}

/**
 * `preferred`: the width the user chose (dragged); `collapsed`: the user's remembered choice;
 * `peek`: opened from the tab while the window is too narrow to dock; `pageWants`: the widest
 * `min-width` of the page's full-width layouts (0 when none).
 */
export function placeDock(windowWidth: number, preferred: number, collapsed: boolean, peek: boolean, pageWants = 0): DockPlacement {
  const tab: DockPlacement = { mode: 'tab', width: TAB_WIDTH, pageMargin: TAB_WIDTH };
  if (collapsed) return tab;
  const room = Math.min(windowWidth - Math.max(PAGE_MIN, pageWants - WANTS_SLACK), Math.floor(windowWidth * MAX_SHARE));
  if (room >= MIN_WIDTH) {
    const width = Math.max(MIN_WIDTH, Math.min(Math.round(preferred), room, windowWidth - pageWants));
    return { mode: 'docked', width, pageMargin: width };
  }
  if (!peek) return tab;
  const width = Math.max(Math.min(Math.max(Math.round(preferred), MIN_WIDTH), windowWidth - OVERLAY_GAP), Math.min(MIN_WIDTH, windowWidth));
  return { mode: 'overlay', width, pageMargin: TAB_WIDTH };
}
