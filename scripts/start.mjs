// `npm start`: serves the demo editor page and a local Decap CMS on localhost (the extension's
// content scripts run on /preflight-demo/ and /admin/ there), then opens Chromium with
// dist/chrome loaded when a display is available, and says so only once the extension is up.
// Otherwise, or when Chromium can't start, it says why and how to load the extension by hand.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';
import { ensureDecap } from './decap-cms.mjs';
import { sveltiaMounts } from './serve-sveltia.mjs';
import { findChromium, launchChromium, runningAsRoot } from './launch-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.md': 'text/markdown; charset=utf-8', '.yml': 'text/yaml', '.css': 'text/css', '.wasm': 'application/wasm' };
const port = Number(process.env.PORT ?? 5180);
const extension = join(root, 'dist/chrome');

if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('post-preflight start: dist/chrome is missing. `npm start` builds it first; run `npm run build:ext` if you started this script directly.');
  process.exit(1);
}

// URL prefix → folder, longest prefix first. /admin/ is a real Decap CMS (the e2e test site:
// in-memory test-repo backend, sample posts), whose bundle is fetched once from npm
// (scripts/decap-cms.mjs); /admin/sveltia/ a real Sveltia CMS (@sveltia/cms, test-repo backend
// in the browser's private file system, sample posts written on each load).
const mounts = [['/preflight-demo/', join(root, 'demo')], ...sveltiaMounts('/admin/sveltia/')];
let decapProblem = '';
try {
  const decap = ensureDecap({ log: (m) => console.log(m) });
  mounts.push(['/admin/', join(root, 'src/editors/decap/site/admin')], ['/decap/', decap]);
} catch (error) {
  decapProblem = error.message;
}

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') return void res.writeHead(302, { location: '/preflight-demo/' }).end();
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  const name = mount ? normalize(path.slice(mount[0].length) || 'index.html') : '';
  if (!mount || name.startsWith('..') || isAbsolute(name)) return void res.writeHead(404).end('not found');
  // Read first: with the 200 header already written, a missing file's 404 threw, which left the
  // request open and, unhandled, stopped the demo server.
  let body;
  try {
    body = await readFile(join(mount[1], name));
  } catch {
    return void res.writeHead(404).end('not found');
  }
  res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' }).end(body);
});

server.on('error', (error) => {
  console.error(`post-preflight start: cannot serve on 127.0.0.1:${port} (${error.code === 'EADDRINUSE' ? 'the port is in use; set PORT=… to use another' : error.message}).`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${port}/preflight-demo/`;
  const cms = `http://127.0.0.1:${port}/admin/`;
  console.log(`Demo editor: ${url}`);
  if (decapProblem) console.log(`Decap CMS:   not available (${decapProblem})`);
  else console.log(`Decap CMS:   ${cms}  (local, in-memory; click "Login", open a post of the Blog collection)`);
  console.log(`Sveltia CMS: ${cms}sveltia/  (local; click "Work with Test Repository", open a post)`);
  const pages = decapProblem ? [url] : [url, cms];

  const chromium = findChromium();
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!display || !chromium) {
    console.log(`${!display ? 'No display' : 'No Chromium'} found, so no browser was opened.`);
    return byHand(url);
  }
  const profile = join(root, '.cache/chromium-demo-profile');
  mkdirSync(profile, { recursive: true });
  if (runningAsRoot()) console.log('Running as root: Chromium is started with --no-sandbox (it refuses to run as root otherwise).');
  console.log(`Starting ${chromium}…`);
  const launched = await launchChromium({ executable: chromium, extensionDir: extension, profile, urls: pages });
  if (!launched.ok) {
    console.log(`Could not open Chromium with the extension: ${launched.reason}`);
    return byHand(url);
  }
  console.log(`Chromium is open with the extension loaded (id ${launched.extensionId}). Close it (or press Ctrl+C) to stop.`);
  browser = launched;
  browser.child.on('exit', (code) => {
    console.log(`Chromium closed${code ? ` (exit code ${code})` : ''}; the demo server stops.`);
    server.close(() => process.exit(0));
  });
});

function byHand(url) {
  console.log(`Open ${url} in a browser with the extension loaded:`);
  console.log(`  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${extension}`);
  console.log(`  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(root, 'dist/firefox/manifest.json')}`);
  console.log('Press Ctrl+C to stop the demo server.');
}

/** The Chromium this script opened, closed with it. */
let browser;
const stop = async () => {
  await browser?.close();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop); // the terminal closed: Chromium is in its own process group, close it too
