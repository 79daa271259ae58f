import { basename } from 'node:path';
import { MB, megabytes, readCapped, TooLargeError } from '../../node/safe-file';
import { describeFsError, UsageError, words } from '../errors';
import { parseJsonWithPosition } from './json';
import { validateConfig, type SiteConfig } from './validate';

/** The key a site's package.json may carry the config under. */
export const PACKAGE_KEY = 'postPreflight';
/** The default cap on a config file, like a post's (`--max-size`): never read a device or a huge file whole. */
export const DEFAULT_MAX_BYTES = 10 * MB;

/**
 * Reads one config file. A package.json is read for its "postPreflight" key (`undefined`
 * when it has none); any other file is the config itself. Broken files are usage errors
 * naming the file, the line and column, or the offending setting.
 */
export function loadConfigFile(path: string, knownRuleIds: readonly string[], maxBytes = DEFAULT_MAX_BYTES, explicit = false): SiteConfig | undefined {
  let text: string;
  try {
    text = readCapped(path, maxBytes).bytes.toString('utf8');
  } catch (error) {
    if (error instanceof TooLargeError) throw new UsageError(words('cliConfigTooLarge', { file: path, limit: megabytes(maxBytes) }));
    throw new UsageError(words('cliConfigCannotRead', { file: path, reason: describeFsError(error) }));
  }
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) throw new UsageError(words('cliConfigBadJson', { file: path, line: parsed.line, column: parsed.column, detail: parsed.say }));
  let value = parsed.value;
  if (basename(path) === 'package.json') {
    if (typeof value !== 'object' || value === null || !(PACKAGE_KEY in value)) {
      // Found on the way up, a package.json without the key is just a package; named with -c, it is a mistake to say.
      if (explicit) throw new UsageError(words('cliConfigPackageNoKey', { file: path, key: PACKAGE_KEY }));
      return undefined;
    }
    value = (value as Record<string, unknown>)[PACKAGE_KEY];
  }
  const { config, issueWords } = validateConfig(value, knownRuleIds);
  if (issueWords.length > 0) {
    const count = issueWords.length;
    const where = basename(path) === 'package.json' ? words('cliConfigProblemsPackage', { key: PACKAGE_KEY, file: path, count }) : words('cliConfigProblemsFile', { file: path, count });
    throw new UsageError((locale) => `${where(locale)}\n${issueWords.map((say) => `  - ${say(locale)}`).join('\n')}`);
  }
  return config;
}
