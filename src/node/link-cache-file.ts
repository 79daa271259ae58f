/**
 * The CLI's link cache: results kept in a JSON file between runs, so `check --links` on an
 * unchanged post makes no requests. Node only. The checker decides freshness per result;
 * this file only drops entries older than `maxAgeMs` so it doesn't grow forever.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CachedLinkResult, LinkCache } from '../core/linkcheck/types';

const VERSION = 1;

export interface LinkCacheFile extends LinkCache {
  /** Writes the file if anything changed (atomically: temp file, then rename). */
  save(): Promise<void>;
}

export async function openLinkCacheFile(path: string, { maxAgeMs = 24 * 60 * 60 * 1000, now = Date.now } = {}): Promise<LinkCacheFile> {
  const entries = new Map<string, CachedLinkResult>();
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { version?: number; entries?: Record<string, CachedLinkResult> };
    if (parsed.version === VERSION && parsed.entries) {
      for (const [key, value] of Object.entries(parsed.entries)) {
        if (typeof value?.checkedAt === 'number' && now() - value.checkedAt < maxAgeMs) entries.set(key, value);
      }
    }
  } catch {
    // Missing or unreadable: a cache can always start empty.
  }
  let dirty = false;
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
      dirty = true;
    },
    async save() {
      if (!dirty) return;
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ version: VERSION, entries: Object.fromEntries(entries) }));
      await rename(temp, path);
      dirty = false;
    },
  };
}
