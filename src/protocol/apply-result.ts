/**
 * What writing edits into an editor came to. Every world speaks it: the page-world drivers
 * return it over the bridge, the content-side adapters pass it on, the panel receives it in an
 * `applied` message. So it lives below all of them.
 */
export type ApplyResult = { ok: true; text: string } | { ok: false; reason: 'stale' | 'read-only' | 'unsupported' | 'failed'; message: string };
