import { t, type Key, type Locale } from '../../i18n';
import type { FrontmatterError } from '../types';

/** The parser's own sentences (it reads the post once, in no language), by their catalog key. */
const WHOLE: readonly Key[] = ['fmUnclosedYaml', 'fmUnclosedToml', 'fmUnclosedJson', 'fmNotAMapping', 'fmAliasLimit', 'fmDuplicateKey'];
/** "YAML error: …": our prefix, then the YAML, TOML or JSON library's own words (English). */
const PREFIXED: readonly [string, Key][] = [['YAML error: ', 'fmYamlError'], ['TOML error: ', 'fmTomlError'], ['JSON error: ', 'fmJsonError']];

/** A frontmatter parse error's message in `locale`. */
export function frontmatterErrorMessage(e: FrontmatterError, locale: Locale | undefined): string {
  if (!locale || locale === 'en') return e.message;
  if (e.code === 'DUPLICATE_KEY' && e.key !== undefined) return t(locale, 'fmDuplicateKeyNamed', { key: e.key });
  const whole = WHOLE.find((key) => t('en', key) === e.message);
  if (whole) return t(locale, whole);
  const prefixed = PREFIXED.find(([prefix]) => e.message.startsWith(prefix));
  if (!prefixed) return e.message;
  // The library's sentence, quoted as a technical detail: its first line only (the panel and the
  // CLI show the line and column themselves; the code frame under it is for the English message).
  const detail = e.message.slice(prefixed[0].length).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  return t(locale, prefixed[1], { detail });
}
