/**
 * html's margin moves the page's flow, but not its `position: fixed` parts (toolbars, save
 * buttons, full-screen editor layouts like Decap's). Those that reach under the dock are moved
 * or narrowed by the dock's width; the original inline values come back when the dock leaves.
 */
export function makeRoom(doc: Document, host: Element, signal: AbortSignal): (width: number) => void {
  const moved = new Map<HTMLElement, { right: string; rightPriority: string; width: string; widthPriority: string }>();
  let width = 0;
  const win = doc.defaultView!;

  const restore = (el: HTMLElement) => {
    const o = moved.get(el);
    if (!o) return;
    el.style.setProperty('right', o.right, o.rightPriority);
    el.style.setProperty('width', o.width, o.widthPriority);
    moved.delete(el);
  };

  const adjust = () => {
    for (const el of [...moved.keys()]) restore(el);
    if (!width) return;
    const edge = win.innerWidth - width;
    for (const el of doc.body?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el === host || el.contains(host)) continue;
      const cs = win.getComputedStyle(el);
      if (cs.position !== 'fixed') continue;
      const box = el.getBoundingClientRect();
      if (box.right <= edge || box.width === 0) continue;
      moved.set(el, { right: el.style.getPropertyValue('right'), rightPriority: el.style.getPropertyPriority('right'), width: el.style.getPropertyValue('width'), widthPriority: el.style.getPropertyPriority('width') });
      if (box.left < edge - 40) {
        // Spans across the dock's edge (a full-width bar or layout): narrow it.
        if (cs.right !== 'auto') el.style.setProperty('right', `${parseFloat(cs.right) + width}px`, 'important');
        else el.style.setProperty('width', `${Math.max(0, edge - box.left)}px`, 'important');
      } else {
        // A small control pinned to the right edge: slide it left of the dock.
        el.style.setProperty('right', `${(cs.right === 'auto' ? 0 : parseFloat(cs.right)) + width}px`, 'important');
      }
    }
  };

  // Pages add fixed elements late (menus, toolbars): re-check now and then, not on every mutation.
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

  return (w) => {
    width = w;
    adjust();
  };
}
