/**
 * How Sveltia CMS is recognised (pure, testable without a page). Sveltia routes with the hash,
 * like Decap: `#/collections/<name>/entries/<slug>` for an existing entry, `#/collections/<name>/new`
 * for a new one. Its entry editor is the element marked `data-entry-draft-root`, whose edit pane
 * (`[data-mode="edit"]`) holds one `section[data-key-path]` per field.
 */

export const EDITOR_ROOT = '[data-entry-draft-root]';
export const EDIT_PANE = `${EDITOR_ROOT} [data-mode="edit"]`;

export interface SveltiaRoute {
  collection: string;
  /** Undefined for a new entry. */
  slug?: string;
}

const ROUTE = /^#\/collections\/([^/?]+)\/(?:entries\/(.+?)|new)(?:\?.*)?$/;

export function parseRoute(hash: string): SveltiaRoute | undefined {
  const m = ROUTE.exec(hash);
  if (!m) return undefined;
  try {
    const collection = decodeURIComponent(m[1]!);
    return m[2] === undefined ? { collection } : { collection, slug: decodeURIComponent(m[2]) };
  } catch {
    return undefined; // a malformed %-escape is no route of ours
  }
}

/** The document's identity for the panel: it starts over when this changes. */
export const routeKey = (route: SveltiaRoute): string => `${route.collection}/${route.slug ?? '(new)'}`;

/** The edit pane of an open Sveltia entry, if this document shows one. */
export function findEditPane(doc: Document): Element | undefined {
  return doc.querySelector(EDIT_PANE) ?? undefined;
}
