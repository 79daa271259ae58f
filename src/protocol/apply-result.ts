/**
 * What writing edits into an editor came to. Every world speaks it: the page-world drivers
 * return it over the bridge, the content-side adapters pass it on, the panel receives it in an
 * `applied` message. So it lives below all of them.
 *
 * A failure carries no sentence, only a catalog key (`say`) and its facts (`params`): the page
 * world and the content script bundle no catalog, and the panel says it in the UI language.
 */
import type { ApplyFailureKey, ApplyFailureParams, ApplyFailureReason } from '../core/apply-failure';

export { APPLY_FAILURE_KEYS, APPLY_FAILURE_PARAMS, type ApplyFailureKey, type ApplyFailureParams, type ApplyFailureReason } from '../core/apply-failure';

export type ApplyResult = { ok: true; text: string } | { ok: false; reason: ApplyFailureReason; say: ApplyFailureKey; params?: ApplyFailureParams };

export const applyFailure = (reason: ApplyFailureReason, say: ApplyFailureKey, params?: ApplyFailureParams): ApplyResult =>
  params ? { ok: false, reason, say, params } : { ok: false, reason, say };
