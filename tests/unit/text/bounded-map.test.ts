import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src/core/text/bounded-map';

describe('BoundedMap', () => {
  it('forgets everything when a new key would go over its bound (clear)', () => {
    const m = new BoundedMap<string, number>(3);
    for (const [k, v] of [['a', 1], ['b', 2], ['c', 3]] as const) m.set(k, v);
    m.set('a', 10); // a key it has: nothing forgotten
    expect([...m]).toEqual([['a', 10], ['b', 2], ['c', 3]]);
    m.set('d', 4);
    expect([...m]).toEqual([['d', 4]]);
  });

  it('forgets the entry added first (oldest), and keeps undefined values apart from absent keys', () => {
    const m = new BoundedMap<string, number | undefined>(2, 'oldest');
    m.set('a', undefined);
    m.set('b', 2);
    expect(m.has('a')).toBe(true);
    m.set('c', 3);
    expect([...m.keys()]).toEqual(['b', 'c']);
    expect(m.size).toBe(2);
  });
});
