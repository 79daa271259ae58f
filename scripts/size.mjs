// Prints the gzip size of every script and page the extension loads, per browser build.
// The content script runs on every matching page, so its size is checked against the 15 KB target;
// then what the page's own (MAIN) world runs on a page with no editor (the loader alone, against
// issue 14's 3 KB target) and on each editor's page (the loader plus that editor's driver bundle,
// page-drivers/<id>.js, injected by the background only once the editor is seen).
// Exits 1 when a budget is exceeded (sizes don't vary from run to run, so `npm test` checks
// them after the build): the content script once went over unnoticed while nothing failed.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_CONTENT_GZ = 15 * 1024;
const TARGET_PAGE_WORLD_GZ = 3 * 1024;
const over = [];
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
    over.push(`${dir}: not built (npm run build:ext): its budgets can't be checked`);
    continue;
  }
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const content = new Set((manifest.content_scripts ?? []).filter((c) => c.world !== 'MAIN').flatMap((c) => c.js.map((j) => join(dir, j))));
  const pageWorld = (manifest.content_scripts ?? []).filter((c) => c.world === 'MAIN').flatMap((c) => c.js.map((j) => join(dir, j)));
  console.log(`\n${browser}`);
  const found = files.filter((f) => content.has(f));
  if (found.length !== content.size || !content.size) over.push(`${browser}: the manifest's content script (${[...content].join(', ')}) is not in the build, so its budget can't be checked`);
  for (const f of files.sort()) {
    const buf = await readFile(f);
    const gz = gzipSync(buf, { level: 9 }).length;
    const mark = content.has(f) ? `  (content script, ${gz.toLocaleString('en')} B; target ≤ 15 KB gz: ${gz <= TARGET_CONTENT_GZ ? 'ok' : 'OVER'})` : '';
    if (content.has(f) && gz > TARGET_CONTENT_GZ) over.push(`${browser}: the content script is ${gz} B gz, over its ${TARGET_CONTENT_GZ} B budget`);
    console.log(`${(buf.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gz  ${f.slice(dir.length + 1)}${mark}`);
  }
  // The MAIN-world scripts of the manifest (the loader) run on every matching page; a driver
  // bundle only where its editor was seen.
  let loaderGz = 0;
  for (const f of pageWorld) loaderGz += gzipSync(await readFile(f), { level: 9 }).length;
  const verdict = loaderGz <= TARGET_PAGE_WORLD_GZ ? 'ok' : 'OVER';
  if (loaderGz > TARGET_PAGE_WORLD_GZ) over.push(`${browser}: the page-world loader is ${loaderGz} B gz, over its ${TARGET_PAGE_WORLD_GZ} B budget`);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB gz`;
  console.log(`page world, page with no editor: ${kb(loaderGz)} (the loader, ${loaderGz.toLocaleString('en')} B; target ≤ 3 KB gz: ${verdict})`);
  let drivers = [];
  try {
    drivers = (await readdir(join(dir, 'page-drivers'))).filter((n) => n.endsWith('.js')).sort();
  } catch {
    console.log('page world: no page-drivers/ in this build');
  }
  // Decap first: the page issue 14 names; then every other editor.
  drivers.sort((a, b) => (a === 'decap.js' ? -1 : b === 'decap.js' ? 1 : 0));
  for (const name of drivers) {
    const driverGz = gzipSync(await readFile(join(dir, 'page-drivers', name)), { level: 9 }).length;
    const label = `page world, ${name.replace(/\.js$/, '')} page:`.padEnd(33);
    console.log(`${label}${kb(loaderGz + driverGz)} (loader + page-drivers/${name}, ${kb(driverGz)})`);
  }
}
if (over.length) {
  for (const line of over) console.error(`size: ${line}`);
  process.exit(1);
}
