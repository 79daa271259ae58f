// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bare, nullProto, whenSettled } from '../../../src/page/builtins';

describe('MAIN-world values a page script cannot reach', () => {
  it('bare copies arrays without running an index setter on Array.prototype or Object.prototype', () => {
    let seen = 0;
    for (const proto of [Array.prototype, Object.prototype]) {
      Object.defineProperty(proto, '0', { configurable: true, set: () => void seen++ });
    }
    try {
      const copy = bare([{ text: 'secret' }]) as unknown[];
      expect(seen).toBe(0);
      expect(Object.getPrototypeOf(copy)).toBeNull();
      expect(JSON.stringify(copy)).toBe('[{"text":"secret"}]');
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>)['0'];
      delete (Object.prototype as Record<string, unknown>)['0'];
    }
  });

  it('an async result made with nullProto resolves without a `then` lookup', async () => {
    let looked = 0;
    Object.defineProperty(Object.prototype, 'then', { configurable: true, get: () => void looked++ });
    try {
      const value = await (async () => nullProto({ ok: true, text: 'real' }))();
      expect(looked).toBe(0);
      expect(value).toEqual({ ok: true, text: 'real' });
    } finally {
      delete (Object.prototype as Record<string, unknown>).then;
    }
  });

  it('whenSettled gets the value through the saved then, not a replaced Promise.prototype.then', async () => {
    const real = Promise.prototype.then;
    let replacedSaw = 0;
    Promise.prototype.then = function (this: Promise<unknown>, ok?: unknown, fail?: unknown) {
      replacedSaw++;
      return real.call(this, ok as never, fail as never);
    } as typeof real;
    try {
      const got = await new Promise((resolve) => whenSettled(Promise.resolve(nullProto({ text: 'real' })), resolve, resolve));
      expect(got).toEqual({ text: 'real' });
      // Only vitest's own awaits may use the replaced then; whenSettled's call did not.
      const before = replacedSaw;
      whenSettled(Promise.resolve(1), () => undefined, () => undefined);
      expect(replacedSaw).toBe(before);
    } finally {
      Promise.prototype.then = real;
    }
  });
});
