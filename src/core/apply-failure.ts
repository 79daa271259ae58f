/**
 * Why edits could not be written into an editor, as words the panel can say in any language:
 * a catalog key and the facts its sentence names. Drivers in the page world and the content
 * script bundle no catalog, so they never send a sentence (src/protocol/apply-result.ts).
 */
export const APPLY_FAILURE_KEYS = [
  'applyStale',
  'applyReadOnly',
  'applyEditorGone',
  'applyNoEntry',
  'applyFieldUnsupported',
  'applyRemoveUnsupported',
  'applyRejected',
  'applyNotAccepted',
  'applySendFailed',
  'applyOverlap',
  'applyOutside',
  'applyFences',
  'applyBreaksFrontmatter',
  'applyBodyNotField',
  'applyNoField',
  'goneEditor',
  'gonePage',
  'goneUpdated',
] as const;
export type ApplyFailureKey = (typeof APPLY_FAILURE_KEYS)[number];

/** The facts a failure's sentence names: the CMS, the field, or an error's own words (untranslated). */
export interface ApplyFailureParams {
  cms?: string;
  path?: string;
  detail?: string;
}
export const APPLY_FAILURE_PARAMS = ['cms', 'path', 'detail'] as const satisfies readonly (keyof ApplyFailureParams)[];

export type ApplyFailureReason = 'stale' | 'read-only' | 'unsupported' | 'failed';
