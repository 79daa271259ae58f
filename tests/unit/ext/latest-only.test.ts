import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/panel/latest-only';

describe('latestOnly', () => {
  it('runs once per burst, with the newest input', () => {
    const queue: (() => void)[] = [];
    const seen: number[] = [];
    const run = latestOnly((n: number) => seen.push(n), (f) => queue.push(f));
    run(1);
    run(2);
    run(3);
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(seen).toEqual([3]);
    run(4);
    queue.shift()!();
    expect(seen).toEqual([3, 4]);
  });
});
