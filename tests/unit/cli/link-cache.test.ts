import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { cleanTempDirs, runCliAsync, tempDir } from './helpers';

/** `--link-cache` is a file anyone may have written: it must never decide what `--fix` writes. */
vi.setConfig({ testTimeout: 60_000 });
let server: LinkServer;
beforeAll(async () => void (server = await startLinkServer()));
afterAll(() => server.close());
afterEach(cleanTempDirs);

const post = (o: string) => `---\ntitle: Links\ndate: 2026-03-02\ndescription: The harbour office pages, one link each, for the tests of the link cache and nothing else.\n---\n\nThe [timetable](${o}/ok) is up to date.\n`;

describe('--link-cache with --fix', () => {
  it('re-checks a cached permanent move before writing it: a poisoned cache changes nothing', async () => {
    const o = server.origin;
    const key = `${o}/ok`;
    // Well formed and self-consistent, but false: /ok does not move.
    const poisoned = { version: 1, entries: { [key]: { checkedAt: Date.now(), result: { url: key, key, status: 'redirected', httpStatus: 200, redirects: [{ url: key, status: 301, location: `${o}/elsewhere` }], replacementUrl: `${o}/elsewhere`, requests: 2 } } } };
    const dir = tempDir({ 'a.md': post(o), 'links.json': JSON.stringify(poisoned) });
    server.reset();
    const { code } = await runCliAsync(['check', 'a.md', '--links', '--fix', '--link-cache', 'links.json'], dir);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(post(o));
    expect(server.count('/ok')).toBeGreaterThan(0); // asked the site itself
    expect(code).toBe(0);
  });

  it('ignores a cached replacement the cached chain does not support, and says malformed entries were dropped', async () => {
    const o = server.origin;
    const key = `${o}/ok`;
    const forged = { version: 1, entries: { [key]: { checkedAt: Date.now(), result: { url: key, status: 'redirected', redirects: [], replacementUrl: 'https://evil.example/', requests: 1 } }, 'not a url': { checkedAt: 1, result: {} } } };
    const dir = tempDir({ 'a.md': post(o), 'links.json': JSON.stringify(forged) });
    const { stderr } = await runCliAsync(['check', 'a.md', '--links', '--fix', '--link-cache', 'links.json'], dir);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(post(o));
    expect(stderr).toMatch(/link cache "links\.json" had 1 malformed entry; it was ignored/);
  });

  it('refuses a --link-cache that is not a link cache (exit 2) and leaves that file alone', async () => {
    const dir = tempDir({ 'a.md': post(server.origin) });
    writeFileSync(join(dir, 'README.md'), '# Read me\n');
    const { code, stderr } = await runCliAsync(['check', 'a.md', '--links', '--link-cache', 'README.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"README\.md" is not a post-preflight link cache/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Read me\n');
  });
});
