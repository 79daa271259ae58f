import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

/**
 * Zips a directory with manifest.json at the root (what both stores expect). Reproducible: files
 * in sorted order with one fixed date, DOS attributes only, and no folder entries (JSZip would
 * otherwise add one per folder stamped with the current time).
 */
export async function packDir(dir, out) {
  const zip = new JSZip();
  const date = new Date('2026-01-01T00:00:00Z');
  const walk = async (d) => {
    for (const name of (await readdir(d)).sort()) {
      const path = join(d, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else zip.file(relative(dir, path).split('\\').join('/'), await readFile(path), { date, createFolders: false });
    }
  };
  await walk(dir);
  await writeFile(out, await zip.generateAsync({ type: 'nodebuffer', platform: 'DOS', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  return out;
}
