import { sha256Hex } from './sha256';

/**
 * The secret that pairs a content script with the panel iframe it created. The iframe's URL
 * carries only the tag (a SHA-256 of the secret): even a page that learned the URL cannot
 * produce the secret, and the secret itself travels once, in the pairing message delivered to
 * a document of the extension's origin.
 */
export const PAIR_PARAM = 'pair';
/** A pop-out panel's query: the editor's tab id, and the one-time secret its content script made. */
export const POP_OUT_PARAM = 'popout';
export const POP_OUT_KEY_PARAM = 'key';

export function newPairingSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pairingTag(secret: string): string {
  return sha256Hex(`post-preflight pairing\n${secret}`);
}

export const isSecret = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** Whether `secret` (untrusted, from a window message) is the one behind `tag`. */
export function secretMatches(secret: unknown, tag: string | null): boolean {
  return isSecret(secret) && typeof tag === 'string' && tag.length === 64 && pairingTag(secret) === tag;
}
