import { CATALOGS, PLURAL_CATEGORIES, type Key, type PluralKey } from './catalog';
import { DEFAULT_LOCALE, intlTag, type Locale } from './locales';

export { LOCALES, DEFAULT_LOCALE, resolveLocale, localeFromEnv, intlTag, type Locale } from './locales';
export type { Key, PluralKey, MessageKey } from './catalog';
export { loadCatalog } from './catalog';

export type Params = Record<string, string | number>;
export type Translate = (key: Key, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  return rules.select(count);
}

/**
 * The message `key` in `locale`, its `$name$` placeholders replaced by `params` (the browser's
 * own messages.json syntax; `$$` is a literal dollar sign). A plural key takes `count`: the form
 * is chosen by `Intl.PluralRules` for the locale (`errors_one`, `errors_other`…). A message
 * missing in a locale falls back to English (the completeness test keeps that from happening).
 */
export function t(locale: Locale | undefined, key: Key, params: Params = {}): string {
  const entry = lookup(locale ?? DEFAULT_LOCALE, key, params) ?? lookup(DEFAULT_LOCALE, key, params);
  if (!entry) throw new Error(`No message "${key}"`);
  return entry.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const value = params[name] ?? params[Object.keys(params).find((p) => p.toLowerCase() === name.toLowerCase()) ?? ''];
    return value === undefined ? whole : String(value);
  });
}

function lookup(locale: Locale, key: string, params: Params): string | undefined {
  // A caller outside TypeScript (or a rule test's hand-made context) may pass no locale; a
  // language not loaded yet (see loadCatalog) falls back to English.
  const catalog = CATALOGS[locale] ?? CATALOGS.en;
  const count = params.count;
  if (typeof count === 'number' && `${key}_other` in catalog) {
    const form = catalog[`${key}_${pluralCategory(locale, count)}`] ?? catalog[`${key}_other`];
    return form?.message;
  }
  return catalog[key]?.message;
}

/** `t` bound to one locale, for a component tree or a CLI run. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** A number the locale's way ("1,234", "1.234", "1 234"). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** A date the locale's way (medium date by default). */
export function formatDate(locale: Locale, value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(intlTag(locale), options).format(value);
}

export const PLURAL_SUFFIXES = PLURAL_CATEGORIES;
export type { PluralKey as PluralMessageKey };

/** Two sentences one after the other: a space between them, none after a CJK full stop ("…。削除…"). */
export function thenSentence(first: string, second: string): string {
  return /[。！？]$/u.test(first) ? first + second : `${first} ${second}`;
}
