import { describe, expect, it } from 'vitest';
import { asHiddenReason } from '../../../src/protocol/hidden-reason';
import { stringFacts } from '../../../src/protocol/string-facts';

/** The one reader of the string facts a message carries into a sentence (apply failures, hidden-panel reasons). */
describe('stringFacts', () => {
  const names = ['cms', 'path'] as const;

  it('no facts given: undefined; not an object: null', () => {
    expect(stringFacts(undefined, names, 10)).toBeUndefined();
    for (const bad of [null, 'cms', 3, true]) expect(stringFacts(bad, names, 10)).toBeNull();
  });

  it('only the named ones, strings only, cut to the limit', () => {
    expect({ ...stringFacts({ cms: 'Decap', path: 'seo.description', other: 'x' }, names, 10) }).toEqual({ cms: 'Decap', path: 'seo.descri' });
    expect(stringFacts({ cms: 42 }, names, 10)).toBeNull();
    expect({ ...stringFacts([], names, 10) }).toEqual({});
  });

  it('own data properties only: an inherited fact is not read, a getter is not run', () => {
    expect({ ...stringFacts(Object.create({ cms: 'inherited' }) as object, names, 10) }).toEqual({});
    let ran = false;
    const getter = Object.defineProperty({}, 'cms', {
      get() {
        ran = true;
        return 'from a getter';
      },
      enumerable: true,
    });
    expect({ ...stringFacts(getter, names, 10) }).toEqual({});
    expect(ran).toBe(false);
  });

  it('a fresh record without a prototype (resolving a promise with it looks up no `then`)', () => {
    expect(Object.getPrototypeOf(stringFacts({ cms: 'Decap' }, names, 10))).toBeNull();
  });
});

describe('asHiddenReason', () => {
  it('a known key with string facts; anything else is no reason', () => {
    expect(asHiddenReason({ say: 'hiddenFilter', params: { property: 'filter', value: 'opacity(0)' } })).toEqual({ say: 'hiddenFilter', params: { property: 'filter', value: 'opacity(0)' } });
    expect(asHiddenReason({ say: 'hiddenRemoved' })).toEqual({ say: 'hiddenRemoved' });
    expect(asHiddenReason({ say: 'somethingElse' })).toBeUndefined();
    expect(asHiddenReason({ say: 'hiddenFilter', params: { property: 1 } })).toBeUndefined();
    expect(asHiddenReason({ say: 'hiddenFilter', params: 'filter' })).toBeUndefined();
  });

  it('an inherited key is no reason', () => {
    expect(asHiddenReason(Object.create({ say: 'hiddenRemoved' }) as object)).toBeUndefined();
  });
});
