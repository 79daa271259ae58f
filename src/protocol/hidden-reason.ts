/**
 * Why the docked panel is not what the user sees, as words the panel says in the UI language
 * (the content script that finds out bundles no catalog): a catalog key and the CSS facts its
 * sentence names (property names, values and element names: code, never translated).
 */
import { ownData, stringFacts } from './string-facts';

export const HIDDEN_KEYS = [
  'hiddenRemoved',
  'hiddenNotTopLayer',
  'hiddenRestyled',
  'hiddenPseudo',
  'hiddenContentVisibility',
  'hiddenFilter',
  'hiddenOpacity',
  'hiddenAltered',
  'hiddenSize',
  'hiddenFullscreen',
  'hiddenViewTransition',
  'hiddenDialog',
  'hiddenPopup',
  'hiddenCoveredBy',
  // Said by the panel itself: its editor page went away, or did not answer in time.
  'hiddenPageGone',
  'hiddenNoAnswer',
] as const;
export type HiddenKey = (typeof HIDDEN_KEYS)[number];

export interface HiddenParams {
  property?: string;
  value?: string;
  element?: string;
}
export const HIDDEN_PARAMS = ['property', 'value', 'element'] as const satisfies readonly (keyof HiddenParams)[];

export interface HiddenReason {
  say: HiddenKey;
  params?: HiddenParams;
}

/** `value` if it is a HiddenReason (known key, string facts only), else undefined. */
export function asHiddenReason(value: unknown): HiddenReason | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Own data properties only (stricter than before the shared reader: an inherited `say` is no reason).
  const say = ownData(value, 'say');
  if (!HIDDEN_KEYS.includes(say as HiddenKey)) return undefined;
  const facts = stringFacts(ownData(value, 'params'), HIDDEN_PARAMS, 200);
  if (facts === null) return undefined;
  return facts ? { say: say as HiddenKey, params: facts } : { say: say as HiddenKey };
}
