/**
 * A problem with how the command was called or with its inputs (bad flag, missing file,
 * broken config). The CLI prints its message after "post-preflight: " and exits with 2,
 * so CI can tell "the posts have errors" (1) from "the check could not run" (2).
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
