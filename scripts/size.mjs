// Prints the gzip size of every script and page the extension loads, per browser build.
// The content script runs on every matching page, so its size is checked against the 15 KB target;
// then what the page's own (MAIN) world runs on a page with no editor and on a Decap page, against
// issue 14's 3 KB target for a page without a supported editor.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_CONTENT_GZ = 15 * 1024;
const TARGET_PAGE_WORLD_GZ = 3 * 1024;
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  const files = [];
  const walk = async (d) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      if ((await stat(p)).isDirectory()) await walk(p);
      else if (/\.(js|css|html)$/.test(name)) files.push(p);
    }
  };
  try {
    await walk(dir);
  } catch {
    console.log(`${dir}: not built (npm run build:ext)`);
    continue;
  }
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const content = new Set((manifest.content_scripts ?? []).filter((c) => c.world !== 'MAIN').flatMap((c) => c.js.map((j) => join(dir, j))));
  const pageWorld = (manifest.content_scripts ?? []).filter((c) => c.world === 'MAIN').flatMap((c) => c.js.map((j) => join(dir, j)));
  console.log(`\n${browser}`);
  for (const f of files.sort()) {
    const buf = await readFile(f);
    const gz = gzipSync(buf, { level: 9 }).length;
    const mark = content.has(f) ? (gz <= TARGET_CONTENT_GZ ? '  (content script, target ≤ 15 KB gz: ok)' : '  (content script, OVER the 15 KB gz target)') : '';
    console.log(`${(buf.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gz  ${f.slice(dir.length + 1)}${mark}`);
  }
  // Every driver is in the one document_start MAIN-world script today (no driver is loaded on
  // demand), so a page with no editor runs exactly what a Decap page runs.
  let pageGz = 0;
  for (const f of pageWorld) pageGz += gzipSync(await readFile(f), { level: 9 }).length;
  const verdict = pageGz <= TARGET_PAGE_WORLD_GZ ? 'ok' : 'OVER';
  console.log(`page world, page with no editor: ${(pageGz / 1024).toFixed(1)} KB gz (target ≤ 3 KB gz: ${verdict})`);
  console.log(`page world, Decap page:          ${(pageGz / 1024).toFixed(1)} KB gz (the same script; no driver is loaded on demand yet)`);
}
