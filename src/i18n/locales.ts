/**
 * The languages the interface ships in, and how a browser's or a shell's language tag picks one.
 * Pure: no browser API, shared by the core, the extension pages and the CLI.
 */
export const LOCALES = ['en', 'de', 'es', 'fr', 'ja', 'pt_BR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * "pt-BR", "pt_BR.UTF-8", "de-AT", "ja_JP.eucJP", "fr_CA@euro" → the closest shipped locale:
 * the exact tag first, then the first shipped one with the same language ("de-AT" → de,
 * "pt-PT" → pt_BR), else English ("C", "POSIX", "", unknown languages).
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  const clean = (tag ?? '').trim().replace(/[.@].*$/, '').replace(/-/g, '_').toLowerCase();
  if (!clean) return DEFAULT_LOCALE;
  const exact = LOCALES.find((l) => l.toLowerCase() === clean);
  if (exact) return exact;
  const language = clean.split('_')[0];
  return LOCALES.find((l) => l.toLowerCase().split('_')[0] === language) ?? DEFAULT_LOCALE;
}

/** The BCP 47 tag `Intl` wants for a shipped locale (pt_BR → pt-BR). */
export function intlTag(locale: Locale): string {
  return locale.replace('_', '-');
}

/**
 * The CLI's locale: `--locale` when given, else the first set of LC_ALL, LC_MESSAGES, LANG
 * (the POSIX order of precedence for message language).
 */
export function localeFromEnv(flag: string | undefined, env: Record<string, string | undefined>): Locale {
  if (flag) return resolveLocale(flag);
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return resolveLocale(tag);
}
