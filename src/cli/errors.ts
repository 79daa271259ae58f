/**
 * A problem with how the command was called or with its inputs (bad flag, missing file,
 * broken config). The CLI prints its message after "post-preflight: " and exits with 2,
 * so CI can tell "the posts have errors" (1) from "the check could not run" (2).
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file system error in words a person reads ("no such file"), not an errno code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EROFS') return 'the file system is read-only';
  return (error as Error).message;
}
