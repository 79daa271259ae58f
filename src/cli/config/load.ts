import { basename } from 'node:path';
import { MB, readCapped, TooLargeError } from '../../node/safe-file';
import { describeFsError, UsageError } from '../errors';
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
export function loadConfigFile(path: string, knownRuleIds: readonly string[], maxBytes = DEFAULT_MAX_BYTES): SiteConfig | undefined {
  let text: string;
  try {
    text = readCapped(path, maxBytes).bytes.toString('utf8');
  } catch (error) {
    if (error instanceof TooLargeError) throw new UsageError(`config "${path}" is larger than ${maxBytes / MB} MB (--max-size); a config is a few lines of JSON.`);
    throw new UsageError(`cannot read config "${path}": ${describeFsError(error)}.`);
  }
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) throw new UsageError(`config "${path}" is not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}.`);
  let value = parsed.value;
  if (basename(path) === 'package.json') {
    if (typeof value !== 'object' || value === null || !(PACKAGE_KEY in value)) return undefined;
    value = (value as Record<string, unknown>)[PACKAGE_KEY];
  }
  const { config, issues } = validateConfig(value, knownRuleIds);
  if (issues.length > 0) {
    const where = basename(path) === 'package.json' ? `the "${PACKAGE_KEY}" key of "${path}"` : `config "${path}"`;
    throw new UsageError(`${where} has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
  return config;
}
