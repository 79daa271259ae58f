import { t, type Key, type Locale, type Params } from '../i18n';

/** A message worded when the language is known (the CLI's locale, or English for `.message`). */
export type Words = (locale: Locale) => string;
/** `t` with its key and params now, the language later. */
export const words =
  (key: Key, params: Record<string, string | number | Words> = {}): Words =>
  (locale) =>
    t(locale, key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(locale) : v])) as Params);

/**
 * A problem with how the command was called or with its inputs (bad flag, missing file,
 * broken config). The CLI prints its message after "post-preflight: " and exits with 2,
 * so CI can tell "the posts have errors" (1) from "the check could not run" (2). It carries its
 * words, not a sentence: `main` says it in the CLI's language (`message` is the English).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly say: Words) {
    super(say('en'));
  }
}

/** A file system error in words a person reads ("no such file"), not an errno code. */
export function describeFsError(error: unknown): Words {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return words('fsNoSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return words('fsPermissionDenied');
  if (code === 'EISDIR') return words('fsIsDirectory');
  if (code === 'EROFS') return words('fsReadOnly');
  // Anything rarer: the system's own (English) message, as it is.
  return () => (error as Error).message;
}
