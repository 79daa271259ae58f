import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { longPost } from './post';
import { outDir, root } from './build';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/**
 * The pages: each editor's own test page (src/editors/<id>/site/*.html, see README "Adding an
 * editor") and the shared hostile script (tests/e2e/editors/pages), all flat under one prefix.
 */
const pageDirs = [
  resolve(root, 'tests/e2e/editors/pages'),
  ...readdirSync(resolve(root, 'src/editors'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => resolve(root, 'src/editors', d.name, 'site')),
];

const mounts: [prefix: string, dirs: string[]][] = [
  ['/pages/', pageDirs],
  // The same pages where the built extension's content scripts run (its manifest matches /admin/*).
  ['/admin/editors/', pageDirs],
  ['/build/', [outDir]],
  ['/node_modules/', [resolve(root, 'node_modules')]],
];

/** The first file of that name in the mount's directories, never outside them. */
async function readMounted(dirs: string[], name: string): Promise<{ file: string; body: Buffer } | undefined> {
  for (const dir of dirs) {
    const file = normalize(resolve(dir, name));
    if (!(file === dir || file.startsWith(dir + sep))) return undefined;
    try {
      return { file, body: await readFile(file) };
    } catch {
      // not in this directory: try the next
    }
  }
  return undefined;
}

/**
 * A static server for the editor test pages (`lines`: the post's length; `text`: the post each page
 * load gets instead, for `npm run look:editors`); `?hostile=1` adds the hostile page script first.
 */
export async function startServer({ lines, text }: { lines?: number; text?: () => string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const fixed = `window.POST = ${JSON.stringify(longPost(lines))};`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/post.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(text ? `window.POST = ${JSON.stringify(text())};` : fixed);
      return;
    }
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    let found: Awaited<ReturnType<typeof readMounted>>;
    try {
      found = mount && (await readMounted(mount[1], decodeURIComponent(url.pathname.slice(mount[0].length))));
    } catch {
      found = undefined; // a malformed %-escape
    }
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = found.body;
    if (extname(found.file) === '.html') {
      const hostile = url.searchParams.has('hostile') ? '<script src="/pages/hostile.js"></script>' : '';
      body = body.toString('utf8').replace('<!--HOSTILE-->', hostile);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
