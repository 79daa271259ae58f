/**
 * Layout measurements made inside the editor page. The `…InPage` functions are self-contained
 * (they run in the page through Playwright's or puppeteer's `evaluate`).
 */

export interface DockBox {
  mode: string;
  left: number;
  width: number;
  top: number;
  bottom: number;
}

/** The dock host's box and mode (docked | tab | overlay). */
export function dockBoxInPage(): DockBox {
  const host = document.querySelector('post-preflight-dock');
  if (!host) return { mode: 'none', left: innerWidth, width: 0, top: 0, bottom: 0 };
  const r = host.getBoundingClientRect();
  return { mode: host.getAttribute('data-mode') ?? '', left: r.left, width: r.width, top: r.top, bottom: r.bottom };
}

export interface RevealedRow {
  selected: string;
  /** Top and bottom of the selection's first row, in the textarea's scroll coordinates. */
  rowTop: number;
  rowBottom: number;
  /** Where that row would be if lines never wrapped (line number × line height). */
  lineCountTop: number;
  scrollTop: number;
  clientHeight: number;
  /** The row's top in the window, and the window's height. */
  viewportTop: number;
  innerHeight: number;
}

/**
 * Where the selected text of the page's textarea is drawn, measured independently of the
 * extension's own mirror element: a copy of the textarea holding only the text up to the
 * selection, whose scrollHeight ends with the selection's first row.
 */
export function revealedRowInPage(): RevealedRow {
  const el = document.querySelector('textarea')!;
  const cs = getComputedStyle(el);
  const line = parseFloat(cs.lineHeight);
  const copy = el.cloneNode() as HTMLTextAreaElement;
  copy.removeAttribute('id');
  copy.style.height = '0px';
  copy.style.minHeight = '0px';
  copy.style.width = `${el.getBoundingClientRect().width}px`;
  // The real textarea shows a scrollbar; the copy must wrap at the same width.
  copy.style.overflowY = 'scroll';
  copy.value = `${el.value.slice(0, el.selectionStart)}x`;
  el.parentElement!.append(copy);
  const rowBottom = copy.scrollHeight - parseFloat(cs.paddingBottom);
  copy.remove();
  const rowTop = rowBottom - line;
  const lines = el.value.slice(0, el.selectionStart).split('\n').length - 1;
  const box = el.getBoundingClientRect();
  return {
    selected: el.value.slice(el.selectionStart, el.selectionEnd),
    rowTop,
    rowBottom,
    lineCountTop: lines * line + parseFloat(cs.paddingTop),
    scrollTop: el.scrollTop,
    clientHeight: el.clientHeight,
    viewportTop: box.top + el.clientTop + rowTop - el.scrollTop,
    innerHeight: window.innerHeight,
  };
}

interface Evaluates {
  evaluate<T>(fn: () => T): Promise<T>;
}

export const dockBox = (page: Evaluates): Promise<DockBox> => page.evaluate(dockBoxInPage);
export const revealedRowOnScreen = (page: Evaluates): Promise<RevealedRow> => page.evaluate(revealedRowInPage);

export interface Covered {
  /** Named controls found in the page (so a check over none can't pass). */
  found: string[];
  /** Visible controls whose drawn box meets the dock's box. */
  covered: string[];
}

/**
 * Which of the page's visible controls (buttons, menus, iframes such as Decap's preview pane)
 * the dock covers. Boxes are clipped by their scrolling/clipping ancestors, as drawn.
 * `names`: labels (title, aria-label or text) that must be among the controls.
 */
export function coveredByDockInPage(names: string[]): Covered {
  const host = document.querySelector('post-preflight-dock')!.getBoundingClientRect();
  const label = (el: Element) => (el.getAttribute('title') || el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
  const drawn = (el: Element) => {
    const r = el.getBoundingClientRect();
    let { left, right, top, bottom } = r;
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      left = Math.max(left, c.left);
      right = Math.min(right, c.right);
      top = Math.max(top, c.top);
      bottom = Math.min(bottom, c.bottom);
    }
    return { left, right: Math.min(right, innerWidth), top, bottom: Math.min(bottom, innerHeight) };
  };
  const found: string[] = [];
  const covered: string[] = [];
  for (const el of document.querySelectorAll('button, [role="button"], a[href], iframe, [role="menu"], [role="menuitem"]')) {
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const d = drawn(el);
    if (d.right - d.left < 1 || d.bottom - d.top < 1) continue;
    const name = label(el);
    if (names.some((n) => name.startsWith(n))) found.push(name);
    if (d.right > host.left + 0.5 && d.left < host.right && d.bottom > host.top && d.top < host.bottom) covered.push(`${name} (${Math.round(d.left)}–${Math.round(d.right)})`);
  }
  return { found, covered };
}
