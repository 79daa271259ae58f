/**
 * What a previous copy of the extension left in this page. Firefox injects the new version's
 * content scripts into open tabs after an update and stops the old ones without letting them
 * clean up, so their dock (with a dead panel) and its page margin would stay. The new copy
 * removes them before it docks its own panel. Chrome leaves the old copy running; it retires
 * itself and leaves only its notice (retire.ts), which a newer copy also removes.
 */
export const DOCK_TAG = 'post-preflight-dock';
export const NOTICE_TAG = 'post-preflight-notice';

export function removeStaleUi(doc: Document): number {
  const stale = [...doc.querySelectorAll(`${DOCK_TAG}, ${NOTICE_TAG}`)];
  const root = doc.documentElement;
  for (const el of stale) {
    const margin = el.tagName.toLowerCase() === DOCK_TAG ? el.getAttribute('data-page-margin-right') : null;
    if (margin !== null) {
      const important = margin.endsWith(' !important');
      root.style.setProperty('margin-right', important ? margin.slice(0, -' !important'.length) : margin, important ? 'important' : '');
    }
    el.remove();
  }
  return stale.length;
}
