import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/linkcheck';
import type { CachedLinkResult } from '../../../src/core/linkcheck';
import { openLinkCacheFile } from '../../../src/node/link-cache-file';

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
    await writeFile(path, JSON.stringify({ version: 1, entries: { old: entry(1_000), fresh: entry(9_000) } }));
    const cache = await openLinkCacheFile(path, { maxAgeMs: 5_000, now: () => 10_000 });
    expect(cache.get('old')).toBeUndefined();
    expect(cache.get('fresh')).toEqual(entry(9_000));
  });

  it('starts empty on a corrupt file and replaces it on save', async () => {
    const path = join(dir, 'links.json');
    await writeFile(path, '{not json');
    const cache = await openLinkCacheFile(path);
    expect(cache.get('x')).toBeUndefined();
    cache.set('x', entry(Date.now()));
    await cache.save();
    expect(JSON.parse(await readFile(path, 'utf8')).entries.x.result.status).toBe('ok');
  });

  it('does not write when nothing changed', async () => {
    const path = join(dir, 'untouched.json');
    await (await openLinkCacheFile(path)).save();
    await expect(readFile(path)).rejects.toThrow();
  });
});
