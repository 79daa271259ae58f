import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/linkcheck';
import type { CachedLinkResult } from '../../../src/core/linkcheck';
import { LinkCacheFileError, openLinkCacheFile } from '../../../src/node/link-cache-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'link-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (checkedAt: number): CachedLinkResult => ({ checkedAt, result: { url: 'https://example.org/', status: 'ok', redirects: [], requests: 1 } });

describe('link cache file', () => {
  it('keeps results between runs, so the second run makes no request', async () => {
    const path = join(dir, 'nested', 'links.json');
    let requests = 0;
    const fetch = async () => (requests++, { status: 200, headers: { get: () => null } });
    const first = await openLinkCacheFile(path);
    await checkLinks(['https://example.org/a'], { fetch, cache: first });
    await first.save();
    expect(requests).toBe(1);
    const second = await openLinkCacheFile(path);
    const [r] = await checkLinks(['https://example.org/a'], { fetch, cache: second });
    expect(requests).toBe(1);
    expect(r).toMatchObject({ status: 'ok', fromCache: true });
  });

  it('drops entries older than maxAgeMs when loading', async () => {
    const path = join(dir, 'links.json');
    await writeFile(path, JSON.stringify({ version: 1, entries: { 'https://example.org/old': entry(1_000), 'https://example.org/': entry(9_000) } }));
    const cache = await openLinkCacheFile(path, { maxAgeMs: 5_000, now: () => 10_000 });
    expect(cache.get('https://example.org/old')).toBeUndefined();
    expect(cache.get('https://example.org/')).toEqual(entry(9_000));
  });

  it('refuses a file that is not a link cache (a post passed by mistake) instead of overwriting it', async () => {
    for (const content of ['{not json', '---\ntitle: A post\n---\nText.', JSON.stringify({ entries: {} }), JSON.stringify([1, 2])]) {
      const path = join(dir, 'post.md');
      await writeFile(path, content);
      await expect(openLinkCacheFile(path)).rejects.toThrow(LinkCacheFileError);
      expect(await readFile(path, 'utf8')).toBe(content);
    }
  });

  it('starts empty on a cache of another version and replaces it on save', async () => {
    const path = join(dir, 'links.json');
    await writeFile(path, JSON.stringify({ version: 0, entries: { x: 1 } }));
    const cache = await openLinkCacheFile(path);
    cache.set('https://example.org/', entry(Date.now()));
    await cache.save();
    expect(JSON.parse(await readFile(path, 'utf8')).entries['https://example.org/'].result.status).toBe('ok');
  });

  it('does not write when nothing changed', async () => {
    const path = join(dir, 'untouched.json');
    await (await openLinkCacheFile(path)).save();
    await expect(readFile(path)).rejects.toThrow();
  });
});
