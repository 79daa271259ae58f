// `npm start`: serves the demo editor page and a local Decap CMS on localhost (the extension's
// content scripts run on /preflight-demo/ and /admin/ there), then opens Chromium with
// dist/chrome loaded when a display is available; otherwise prints the URLs and how to load the
// extension by hand.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.md': 'text/markdown; charset=utf-8', '.yml': 'text/yaml', '.css': 'text/css', '.wasm': 'application/wasm' };
const port = Number(process.env.PORT ?? 5180);

// URL prefix → folder. The extension's content scripts run on /preflight-demo/* and /admin/*.
// /admin/ is a real Decap CMS (the e2e test site: in-memory test-repo backend, sample posts).
const mounts = [
  ['/preflight-demo/', join(root, 'demo')],
  ['/admin/', join(root, 'tests/e2e/decap/site/admin')],
  ['/decap/', join(root, 'node_modules/decap-cms/dist')],
];

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') return void res.writeHead(302, { location: '/preflight-demo/' }).end();
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  const name = mount ? normalize(path.slice(mount[0].length) || 'index.html') : '';
  if (!mount || name.startsWith('..') || isAbsolute(name)) return void res.writeHead(404).end('not found');
  try {
    res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' }).end(await readFile(join(mount[1], name)));
  } catch {
    res.writeHead(404).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/preflight-demo/`;
  const cms = `http://127.0.0.1:${port}/admin/`;
  console.log(`Demo editor: ${url}`);
  console.log(`Decap CMS:   ${cms}  (local, in-memory; click "Login", open a post of the Blog collection)`);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (display && chromium) {
    const profile = join(root, '.cache/chromium-demo-profile');
    mkdirSync(profile, { recursive: true });
    const child = spawn(chromium, [`--user-data-dir=${profile}`, `--load-extension=${join(root, 'dist/chrome')}`, `--disable-extensions-except=${join(root, 'dist/chrome')}`, '--no-first-run', url, cms], { stdio: 'ignore' });
    child.on('exit', () => server.close());
    console.log('Chromium is open with the extension loaded. Close it (or press Ctrl+C) to stop.');
  } else {
    console.log(`No display${chromium ? '' : ' or no Chromium'} found: open ${url} or ${cms} in a browser with the extension loaded:`);
    console.log(`  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${join(root, 'dist/chrome')}`);
    console.log(`  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(root, 'dist/firefox/manifest.json')}`);
    console.log('Press Ctrl+C to stop the demo server.');
  }
});
process.on('SIGINT', () => server.close(() => process.exit(0)));
