import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ensureDecap } from '../../../../scripts/decap-cms.mjs';

const ROOT = resolve(import.meta.dirname, '../../../..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.yml': 'text/yaml', '.map': 'application/json' };

/** URL prefix → directory. Everything else is a 404: the test site makes no other requests. */
const MOUNTS: [string, string][] = [
  ['/admin/', join(ROOT, 'src/editors/decap/site/admin')],
  // Fetched on first use (pinned, checked): kept out of the product's own npm install.
  ['/decap/', ensureDecap()],
  ['/harness/', join(ROOT, '.cache/decap-harness')],
];

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the Decap test site on 127.0.0.1 (random port). `replaced`: files served instead of the
 * site's own, by path (another config.yml and seed.js: other posts, other collections).
 */
export async function startSite(replaced: Record<string, () => string> = {}): Promise<SiteServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const own = replaced[path];
    if (own) return void res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(own());
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    const rel = mount ? normalize(path.slice(mount[0].length) || 'index.html') : '';
    if (!mount || rel.startsWith('..')) return void res.writeHead(404).end();
    try {
      const body = await readFile(join(mount[1], rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
