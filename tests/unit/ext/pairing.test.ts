import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/protocol/sha256';
import { isSecret, newPairingSecret, pairingTag, secretMatches } from '../../../src/protocol/pairing';
import { toWindowMessage, windowMessage } from '../../../src/protocol/messages';

describe('sha256Hex', () => {
  it('equals Node\'s SHA-256 on empty, block-boundary, multi-block and non-ASCII input', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(1000), 'é✓𝄞'.repeat(50)]) {
      expect(sha256Hex(text), `length ${text.length}`).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('the pairing secret', () => {
  it('is 64 lowercase hex digits, fresh each time, and its tag gives nothing of it away', () => {
    const a = newPairingSecret();
    const b = newPairingSecret();
    expect(isSecret(a) && isSecret(b)).toBe(true);
    expect(a).not.toBe(b);
    expect(pairingTag(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(pairingTag(a)).not.toContain(a.slice(0, 16));
  });

  it('matches only the secret behind the tag: not another secret, not the tag itself, not a malformed value', () => {
    const secret = newPairingSecret();
    const tag = pairingTag(secret);
    expect(secretMatches(secret, tag)).toBe(true);
    for (const wrong of [newPairingSecret(), tag, secret.toUpperCase(), secret.slice(1), `${secret} `, 42, null, undefined, { toString: () => secret }]) {
      expect(secretMatches(wrong, tag), String(wrong)).toBe(false);
    }
    expect(secretMatches(secret, null)).toBe(false);
    expect(secretMatches(secret, tag.slice(2))).toBe(false);
  });
});

describe('window messages', () => {
  it('are ours only with the prefix, a known type and an object payload', () => {
    expect(windowMessage(toWindowMessage('pair', { secret: 'x' }))).toEqual({ type: 'pair', payload: { secret: 'x' } });
    for (const other of [null, 'post-preflight:pair', { type: 'pair', payload: {} }, { type: 'post-preflight:apply', payload: {} }, { type: 'post-preflight:pair' }, { type: 'post-preflight:pair', payload: 'x' }, { type: 'post-preflight:toString', payload: {} }]) {
      expect(windowMessage(other), JSON.stringify(other)).toBeUndefined();
    }
  });
});
