/**
 * IntersectionObserver v2 (`trackVisibility`, `entry.isVisible`): the browser itself says whether
 * an element is drawn unaltered and uncovered, across frames, so the docked panel can tell when
 * the page hides it. Chromium has it; Firefox doesn't (the content script's check covers both).
 * Returns a function reading the last verdict (undefined before the first), or undefined when the
 * browser has no such observer; `onVerdict` hears each new one.
 */
export function trackOwnVisibility(target: Element, signal: AbortSignal, onVerdict?: (visible: boolean) => void): (() => boolean | undefined) | undefined {
  const Entry = (globalThis as { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  if (typeof IntersectionObserver === 'undefined' || !Entry || !('isVisible' in Entry.prototype)) return undefined;
  let visible: boolean | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) visible = (e as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
      if (visible !== undefined) onVerdict?.(visible);
    },
    // The browser's minimum delay between verdicts; threshold 0: any visible part counts.
    { trackVisibility: true, delay: 100, threshold: [0] } as IntersectionObserverInit,
  );
  observer.observe(target);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return () => visible;
}
