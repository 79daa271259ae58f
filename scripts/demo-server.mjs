// The demo editor page (demo/) served on a free local port, with `post` in place of its sample:
// what `npm run look` and scripts/screenshots.mjs put beside the extension.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

const demo = resolve(import.meta.dirname, '..', 'demo');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.md': 'text/markdown; charset=utf-8' };

/** @returns {Promise<{ url: string, close: () => void }>} the demo page's address (ends in /preflight-demo/). */
export async function serveDemo(post) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/preflight-demo/')) return void res.writeHead(404).end();
    const name = path.slice('/preflight-demo/'.length) || 'index.html';
    if (name === 'sample-post.md') return void res.writeHead(200, { 'content-type': types['.md'] }).end(post);
    if (!/^[\w.-]+$/.test(name)) return void res.writeHead(404).end();
    // Read first: with the 200 header already written, a missing file's 404 threw and left the request open.
    let body;
    try {
      body = await readFile(join(demo, name));
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/preflight-demo/`, close: () => server.close() };
}
