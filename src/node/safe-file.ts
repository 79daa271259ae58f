/**
 * Reading and writing posts without losing a character (Node only).
 *
 * - Reads are bounded: a post larger than the cap (or a device like /dev/zero) is refused
 *   after reading at most cap + 1 bytes, never slurped whole.
 * - A read returns a snapshot (real path, device and inode, size, mtime, SHA-256). Before
 *   writing, the file is compared with it; a file edited meanwhile is left alone.
 * - Writes are atomic: a temp file in the same directory, fsync, rename over the file, fsync
 *   of the directory. A kill at any moment leaves the old text or the new one, never a mix.
 *   Mode, owner and group are kept (refused when the owner can't be kept); a symbolic link is
 *   followed to the file it pointed to when read, that file is replaced and the link stays.
 *   A file with several hard links is not replaced (it would split them).
 */
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const MB = 1024 * 1024;

/** Bytes as megabytes for a message: three significant digits (`--max-size 0.1` is "0.1", not 0.09999942779541016). */
export function megabytes(bytes: number): number {
  return Number((bytes / MB).toPrecision(3));
}

/** The input was over the cap. `size` is known for regular files; devices and pipes just kept giving. */
export class TooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly size?: number,
  ) {
    super(size === undefined ? `more than ${limit} bytes` : `${size} bytes, over the limit of ${limit}`);
  }
}

export interface FileSnapshot {
  /** The file itself, symbolic links resolved when it was read. */
  realPath: string;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  regular: boolean;
}

/** Reads at most `maxBytes` (throws TooLargeError past it) and records what was read. */
export function readFileSnapshot(path: string, maxBytes: number): { bytes: Buffer; snapshot: FileSnapshot } {
  const realPath = realpathSync(path);
  const { bytes, stat } = readCapped(realPath, maxBytes);
  return { bytes, snapshot: { realPath, dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(bytes), mode: stat.mode, uid: stat.uid, gid: stat.gid, nlink: stat.nlink, regular: stat.isFile() } };
}

/** Up to `maxBytes` of a file, read in pieces, whatever the file is (regular file, device, pipe). */
export function readCapped(path: string, maxBytes: number): { bytes: Buffer; stat: Stats } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw new TooLargeError(maxBytes, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the cap tells "exactly the cap" from "more".
      const want = Math.min(stat.isFile() ? Math.max(stat.size - total, 0) + 1 : 64 * 1024, maxBytes + 1 - total);
      const buffer = Buffer.allocUnsafe(Math.max(want, 1));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new TooLargeError(maxBytes);
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    closeSync(fd);
  }
}

/** How a file can change under a check; the CLI words each (fs* messages). */
export type FileChange = 'removed-or-renamed' | 'path-moved' | 'removed' | 'replaced' | 'changed';

/** Why the file at `path` is no longer the one `snapshot` describes, or undefined when it is. */
export function changedSince(path: string, snapshot: FileSnapshot): FileChange | undefined {
  let realPath: string;
  try {
    realPath = realpathSync(path);
  } catch {
    return 'removed-or-renamed';
  }
  if (realPath !== snapshot.realPath) return 'path-moved';
  let stat: Stats;
  try {
    stat = lstatSync(realPath);
  } catch {
    return 'removed';
  }
  if (stat.dev !== snapshot.dev || stat.ino !== snapshot.ino) return 'replaced';
  if (stat.size !== snapshot.size || stat.mtimeMs !== snapshot.mtimeMs) return 'changed';
  try {
    // Same size and time can still hide an edit (coarse timestamps, a tool that restores mtime).
    if (sha256(readCapped(realPath, snapshot.size).bytes) !== snapshot.sha256) return 'changed';
  } catch {
    return 'changed';
  }
  return undefined;
}

/** Why a file can't be replaced safely: English in `message`, the catalog key for the CLI's language in `reason`. */
export class UnsafeWriteError extends Error {
  constructor(
    readonly reason: { key: 'fsNotRegular' | 'fsHardLinks' | 'fsOtherOwner' | 'fsFileReadOnly' | 'fsFolderNotWritable'; params: Record<string, number> },
    message: string,
  ) {
    super(message);
  }
}

/**
 * Replaces the file `snapshot` describes with `data`, atomically. Throws with a reason a person
 * can act on when it can't be done safely; the file is then untouched.
 */
export function writeFileAtomic(snapshot: FileSnapshot, data: string | Buffer): void {
  if (!snapshot.regular) throw new UnsafeWriteError({ key: 'fsNotRegular', params: {} }, 'it is not a regular file (a device, pipe or socket can only be read)');
  if (snapshot.nlink > 1) throw new UnsafeWriteError({ key: 'fsHardLinks', params: { count: snapshot.nlink } }, `the file has ${snapshot.nlink} hard links, and replacing it would split them (the other names would keep the old text)`);
  const target = snapshot.realPath;
  // Replacing goes through the folder, which would ignore the file's own read-only mode: a file
  // no one may write (or this user may not) is left as it is, as an editor would.
  if ((snapshot.mode & 0o222) === 0 || !canWrite(target)) throw new UnsafeWriteError({ key: 'fsFileReadOnly', params: {} }, 'the file is read-only; make it writable to let --fix change it');
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // O_EXCL: never opens an existing file or follows a link planted at the temp name.
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new UnsafeWriteError({ key: 'fsFolderNotWritable', params: {} }, "its folder can't be written to (a fix is written as a new file next to the post, then put in its place)");
    throw error;
  }
  let renamed = false;
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      const made = fstatSync(fd);
      if (made.uid !== snapshot.uid || made.gid !== snapshot.gid) {
        try {
          fchownSync(fd, snapshot.uid, snapshot.gid);
        } catch {
          throw new UnsafeWriteError({ key: 'fsOtherOwner', params: { uid: snapshot.uid, gid: snapshot.gid } }, `the file belongs to another user or group (uid ${snapshot.uid}, gid ${snapshot.gid}), which a new copy could not keep`);
        }
      }
      fchmodSync(fd, snapshot.mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  }
  syncDirectory(dirname(target));
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes the rename itself durable; not every platform can open a directory (Windows), which is fine. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
