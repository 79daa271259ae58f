/**
 * html's margin moves the page's flow, but not the parts laid out against the window itself:
 * `position: fixed` elements (toolbars, save buttons) and `position: absolute` ones with no
 * positioned ancestor, whose containing block is the viewport (full-screen app layouts such
 * as Decap CMS's editor, whose `width: 100%` is the window's width whatever html's margin).
 * Those that reach under the dock are narrowed or moved left by the dock's width; the original
 * inline values come back when the dock leaves or moves.
 */
const SAVED = ['right', 'left', 'width', 'min-width'] as const;
type Saved = Record<(typeof SAVED)[number], [value: string, priority: string]>;

export interface Room {
  /** Makes room for a dock this wide (0: gives everything back). */
  set(width: number): void;
  /**
   * The widest `min-width` among the page's full-width layouts seen at the last check (Decap's
   * editor asks for 800 px): the dock narrows to honour it where it can.
   */
  readonly pageWants: number;
}

/** `onWantsChange`: the page's wanted width changed (a layout appeared or went), so place the dock again. */
export function makeRoom(doc: Document, host: Element, signal: AbortSignal, onWantsChange: () => void = () => undefined): Room {
  const moved = new Map<HTMLElement, Saved>();
  let width = 0;
  let pageWants = 0;
  const win = doc.defaultView!;

  const restore = (el: HTMLElement) => {
    const saved = moved.get(el);
    if (!saved) return;
    for (const prop of SAVED) el.style.setProperty(prop, ...saved[prop]);
    moved.delete(el);
  };

  const save = (el: HTMLElement) => {
    const saved = {} as Saved;
    for (const prop of SAVED) saved[prop] = [el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)];
    moved.set(el, saved);
  };

  /** Laid out against the viewport: fixed, or absolute without a positioned ancestor. */
  const againstViewport = (el: HTMLElement, cs: CSSStyleDeclaration, rootsStatic: () => boolean): boolean => {
    if (cs.position === 'fixed') return true;
    // offsetParent: the nearest positioned ancestor, else body (null when not rendered).
    return cs.position === 'absolute' && el.offsetParent === doc.body && rootsStatic();
  };

  const set = (el: HTMLElement, prop: (typeof SAVED)[number], value: string) => el.style.setProperty(prop, value, 'important');

  const adjust = () => {
    for (const el of [...moved.keys()]) restore(el);
    if (!width) return;
    // The viewport's right edge, left of a classic scrollbar (where fixed elements and the dock end).
    const right = doc.documentElement.clientWidth || win.innerWidth;
    const edge = right - width;
    const wantedBefore = pageWants;
    pageWants = 0;
    let rootsStatic: boolean | undefined;
    const rootsAreStatic = () =>
      (rootsStatic ??= !!doc.body && win.getComputedStyle(doc.body).position === 'static' && win.getComputedStyle(doc.documentElement).position === 'static');
    for (const el of doc.body?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el === host || el.contains(host)) continue;
      const cs = win.getComputedStyle(el);
      if (cs.position !== 'fixed' && cs.position !== 'absolute') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || !againstViewport(el, cs, rootsAreStatic)) continue;
      // Measured on the page's own layout (everything restored above), so the answer doesn't
      // depend on the dock's current width: placing the dock by it can't oscillate.
      if (box.width > right / 2) pageWants = Math.max(pageWants, Math.min(parseFloat(cs.minWidth) || 0, right));
      if (box.right <= edge + 0.5) continue;
      save(el);
      // Its gap to the window's right edge, kept to the dock's edge instead.
      const gap = Math.max(0, right - box.right);
      if (box.left < edge - 40) {
        // Spans across the dock's edge (a full-width bar or layout): narrow it, below its own
        // min-width if need be (a layout that wants 800 px gets what is left of the window).
        const extra = cs.boxSizing === 'border-box' ? 0 : box.width - parseFloat(cs.width || '0');
        const target = Math.max(0, edge - gap - box.left - (Number.isFinite(extra) ? extra : 0));
        set(el, 'width', `${target}px`);
        if (parseFloat(cs.minWidth) > target) set(el, 'min-width', `${target}px`);
        // Anchored to the right (no `left`): the narrower box is still there; pin it to the dock's edge.
        if (el.getBoundingClientRect().right > edge + 0.5) set(el, 'right', `${width + gap}px`);
      } else {
        // A small control pinned to the right edge: slide it left of the dock.
        set(el, 'right', `${width + gap}px`);
        if (el.getBoundingClientRect().right > edge + 0.5) set(el, 'left', 'auto');
      }
    }
    if (pageWants !== wantedBefore) onWantsChange();
  };

  // Pages add fixed elements late (menus, toolbars, a route change): re-check now and then,
  // not on every mutation.
  let queued: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = setTimeout(() => {
      queued = undefined;
      observer.disconnect();
      adjust();
      observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    }, 500);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(queued);
    width = 0;
    adjust();
  }, { once: true });

  return {
    set(w) {
      width = w;
      adjust();
    },
    get pageWants() {
      return pageWants;
    },
  };
}
