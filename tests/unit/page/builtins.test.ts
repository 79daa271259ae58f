// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { adoptBuiltins, bare, builtins, captureBuiltins, nullProto, whenSettled } from '../../../src/page/builtins';

// What the loader does first thing at document_start.
const saved = captureBuiltins();
adoptBuiltins(saved);

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

  it('captures nothing on import: a module evaluated late (a driver bundle) uses the set it is handed, never the globals of the moment', async () => {
    vi.resetModules();
    const late = await import('../../../src/page/builtins');
    const lateNullProto = await import('../../../src/page/null-proto');
    expect(late.builtins).toBeUndefined();
    expect(() => lateNullProto.nullProto({ a: 1 })).toThrow(/no saved built-ins/);
    // The page replaced JSON.stringify and Object.keys before the bundle ran.
    const [stringify, keys] = [JSON.stringify, Object.keys];
    JSON.stringify = (() => 'FORGED') as typeof JSON.stringify;
    Object.keys = (() => ['forged']) as typeof Object.keys;
    try {
      late.adoptBuiltins(saved);
      expect(late.builtins.stringify({ a: 1 })).toBe('{"a":1}');
      expect(lateNullProto.nullProto({ a: 1 })).toEqual({ a: 1 });
      expect(builtins).toBe(saved);
    } finally {
      JSON.stringify = stringify;
      Object.keys = keys;
    }
  });
});
