/**
 * The CLI's link cache: results kept in a JSON file between runs, so `check --links` on an
 * unchanged post makes no requests. Node only. The checker decides freshness per result;
 * this file only drops entries older than `maxAgeMs` so it doesn't grow forever.
 *
 * The file is not trusted: it is read with a size cap, a file that is not a link cache at all
 * (a post or a README passed by mistake) is refused rather than overwritten, and each entry is
 * checked for shape (the checker checks each result again before use, see trust-cached.ts).
 */
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { trustCached } from '../core/linkcheck/trust-cached';
import type { CachedLinkResult, LinkCache } from '../core/linkcheck/types';
import { MB, readCapped } from './safe-file';

const VERSION = 1;
/** 5000 links take about 2 MB; far more than this is not a cache this tool wrote. */
export const MAX_CACHE_BYTES = 64 * MB;

/** A link cache file that can't be used: `kind` and `detail` let the CLI word it in its language. */
export class LinkCacheFileError extends Error {
  constructor(
    readonly kind: 'unusable' | 'not-a-cache',
    readonly path: string,
    message: string,
    readonly detail?: { code?: string; message: string },
  ) {
    super(message);
  }
}

export interface LinkCacheFile extends LinkCache {
  /** Writes the file if anything changed (atomically: temp file, fsync, then rename). */
  save(): Promise<void>;
  /** Entries found in the file but ignored because they had the wrong shape. */
  readonly ignored: number;
}

export async function openLinkCacheFile(path: string, { maxAgeMs = 24 * 60 * 60 * 1000, now = Date.now } = {}): Promise<LinkCacheFile> {
  const entries = new Map<string, CachedLinkResult>();
  let ignored = 0;
  let text: string | undefined;
  try {
    text = readCapped(path, MAX_CACHE_BYTES).bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new LinkCacheFileError('unusable', path, `cannot use "${path}" as the link cache: ${code === 'EISDIR' ? 'it is a directory' : (error as Error).message}.`, { code, message: (error as Error).message });
  }
  if (text !== undefined && text.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const file = parsed as { version?: unknown; entries?: unknown } | undefined;
    const looksLikeCache = typeof file === 'object' && file !== null && typeof file.version === 'number' && typeof file.entries === 'object' && file.entries !== null && !Array.isArray(file.entries);
    if (!looksLikeCache) throw new LinkCacheFileError('not-a-cache', path, `"${path}" is not a post-preflight link cache, so it is left as it is. Give --link-cache a new file name (or delete that file if it was a cache).`);
    if (file.version === VERSION) {
      for (const [key, value] of Object.entries(file.entries as Record<string, unknown>)) {
        const entry = validEntry(key, value);
        if (!entry) ignored++;
        else if (now() - entry.checkedAt < maxAgeMs) entries.set(key, entry);
      }
    }
  }
  let dirty = false;
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
      dirty = true;
    },
    ignored,
    async save() {
      if (!dirty) return;
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      const handle = await open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify({ version: VERSION, entries: Object.fromEntries(entries) }));
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlink(temp).catch(() => {});
        throw error;
      }
      await handle.close();
      await rename(temp, path);
      dirty = false;
    },
  };
}

/** `{ checkedAt, result }` with a result the checker could use for this key, or undefined. */
function validEntry(key: string, value: unknown): CachedLinkResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { checkedAt, result } = value as { checkedAt?: unknown; result?: unknown };
  if (typeof checkedAt !== 'number' || !Number.isFinite(checkedAt)) return undefined;
  if (!isFetchKey(key) || !trustCached(key, result)) return undefined;
  return { checkedAt, result: result as CachedLinkResult['result'] };
}

/** Keys are absolute http(s) URLs without a fragment, as the checker makes them. */
function isFetchKey(key: string): boolean {
  try {
    const u = new URL(key);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hash === '' && u.href === key;
  } catch {
    return false;
  }
}
