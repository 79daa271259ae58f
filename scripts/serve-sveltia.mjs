// Serves a real Sveltia CMS (npm @sveltia/cms) offline with the sample posts of
// src/editors/sveltia/site: test-repo backend, files in the browser's origin-private file system.
//
//   node scripts/serve-sveltia.mjs            → http://127.0.0.1:5181/admin/
//
// `npm start` (scripts/start.mjs) can serve it next to Decap by adding `sveltiaMounts()` to its
// mounts before the `/admin/` entry (the more specific prefix must match first). The extension's
// content scripts run on /admin/*, so /admin/sveltia/ is covered.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const SVELTIA_SITE = join(root, 'src/editors/sveltia/site');
export const SVELTIA_DIST = join(root, 'node_modules/@sveltia/cms/dist');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.yml': 'text/yaml', '.map': 'application/json' };

/**
 * URL prefix → folder pairs serving Sveltia under `prefix` (which must end with `/`): the site
 * (index.html, config.yml, seed.js) and Sveltia's bundle under `${prefix}dist/`. Longest first.
 * @param {string} [prefix]
 * @returns {[string, string][]}
 */
export function sveltiaMounts(prefix = '/admin/sveltia/') {
  return [
    [`${prefix}dist/`, SVELTIA_DIST],
    [prefix, SVELTIA_SITE],
  ];
}

/**
 * Starts a static server for the Sveltia site on 127.0.0.1 (port 0: a free one). `replaced`:
 * files served instead of the site's own, by name under `prefix` (another config.yml and
 * seed.js: other posts, other collections).
 * @param {{ port?: number, prefix?: string, replaced?: Record<string, () => string> }} [options]
 * @returns {Promise<{ origin: string, url: string, close(): Promise<void> }>}
 */
export async function serveSveltia({ port = 0, prefix = '/admin/', replaced = {} } = {}) {
  const mounts = sveltiaMounts(prefix);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const own = path.startsWith(prefix) ? replaced[path.slice(prefix.length)] : undefined;
    if (own) return void res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(own());
    const mount = mounts.find(([p]) => path.startsWith(p));
    const name = mount ? normalize(path.slice(mount[0].length) || 'index.html') : '';
    if (!mount || name.startsWith('..') || isAbsolute(name)) return void res.writeHead(404).end('not found');
    // Read first: a missing file (a post's image) must get its 404, not a 200 header already
    // written (which made the 404 throw and left the request open, and six of them stalled
    // every later request of the page, the driver's config.yml included).
    let body;
    try {
      body = await readFile(join(mount[1], name));
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, url: `${origin}${prefix}`, close: () => new Promise((ok) => server.close(() => ok(undefined))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = await serveSveltia({ port: Number(process.env.PORT ?? 5181) });
  console.log(`Sveltia CMS: ${site.url}  (local test-repo; open a post of the Blog collection)`);
  process.on('SIGINT', () => void site.close().then(() => process.exit(0)));
}
