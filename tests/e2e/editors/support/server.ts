import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
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

const mounts: [prefix: string, dir: string][] = [
  ['/pages/', resolve(root, 'tests/e2e/editors/pages')],
  // The same pages where the built extension's content scripts run (its manifest matches /admin/*).
  ['/admin/editors/', resolve(root, 'tests/e2e/editors/pages')],
  ['/build/', outDir],
  ['/node_modules/', resolve(root, 'node_modules')],
];

/** A static server for the editor test pages (`lines`: the post's length); `?hostile=1` adds the hostile page script first. */
export async function startServer({ lines }: { lines?: number } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const post = `window.POST = ${JSON.stringify(longPost(lines))};`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/post.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']! }).end(post);
      return;
    }
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
    const file = mount && normalize(resolve(mount[1], decodeURIComponent(url.pathname.slice(mount[0].length))));
    if (!mount || !file || !(file === mount[1] || file.startsWith(mount[1] + sep))) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (extname(file) === '.html') {
        const hostile = url.searchParams.has('hostile') ? '<script src="/pages/hostile.js"></script>' : '';
        body = body.toString('utf8').replace('<!--HOSTILE-->', hostile);
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
