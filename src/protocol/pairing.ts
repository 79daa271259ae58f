import { sha256Hex } from './sha256';

/**
 * The secret that pairs a content script with the panel iframe it created. The iframe's URL
 * carries only the tag (a SHA-256 of the secret): even a page that learned the URL cannot
 * produce the secret, and the secret itself travels once, in the pairing message delivered to
 * a document of the extension's origin.
 */
export const PAIR_PARAM = 'pair';
/** The query parameter of a pop-out panel (paired through the panel that opened it). */
export const POP_OUT_PARAM = 'popout';

export function newPairingSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pairingTag(secret: string): string {
  return sha256Hex(`post-preflight pairing\n${secret}`);
}

/** Whether `secret` (untrusted, from a window message) is the one behind `tag`. */
export function secretMatches(secret: unknown, tag: string | null): boolean {
  return typeof secret === 'string' && /^[0-9a-f]{64}$/.test(secret) && typeof tag === 'string' && tag.length === 64 && pairingTag(secret) === tag;
}
