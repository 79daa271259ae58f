import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePost } from '../../../bench/make-post';
import { largePost, SIZE_FIXTURE_PATH, sizeFixture } from '../../../bench/size-fixture';
import { analyze } from '../../../src/core/index';
import { ROOT } from './helpers';

describe('bench post generator', () => {
  it('is deterministic: same size and seed, same post; another seed, another post', () => {
    expect(makePost(20_000, 3)).toBe(makePost(20_000, 3));
    expect(makePost(20_000, 3)).not.toBe(makePost(20_000, 4));
  });

  it('reproduces the committed ~10 KB fixture', () => {
    expect(readFileSync(join(ROOT, SIZE_FIXTURE_PATH), 'utf8')).toBe(sizeFixture());
  });

  it('makes posts of about the asked size, with frontmatter, links and tracking parameters', () => {
    const small = sizeFixture();
    const large = largePost();
    expect(small.length).toBeGreaterThanOrEqual(10_000);
    expect(small.length).toBeLessThan(11_000);
    expect(large.length).toBeGreaterThanOrEqual(200_000);
    expect(large.length).toBeLessThan(202_000);
    const report = analyze(large, { preview: false, suggestions: false });
    expect(report.frontmatter.closed).toBe(true);
    expect(report.links.length).toBeGreaterThan(500);
    expect(report.links.some((l) => /[?&](utm_source|si|gclid|fbclid)=/.test(l.url))).toBe(true);
  });
});
