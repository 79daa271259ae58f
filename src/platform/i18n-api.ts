type I18nApi = { getUILanguage(): string; getMessage(name: string, substitutions?: string[]): string };
type I18nGlobal = { i18n?: Partial<I18nApi> };

/**
 * Calls the extension's synchronous `i18n` API through the global (`browser` in Firefox, `chrome`
 * in Chromium), not webextension-polyfill, so callers stay importable in unit tests (and in the
 * content script, without the polyfill's weight). Undefined outside an extension.
 */
export function callI18n<K extends keyof I18nApi>(name: K, ...args: Parameters<I18nApi[K]>): string | undefined {
  const g = globalThis as { browser?: I18nGlobal; chrome?: I18nGlobal };
  try {
    const fn = (g.browser?.i18n?.[name] ?? g.chrome?.i18n?.[name]) as ((...a: unknown[]) => string) | undefined;
    return fn?.(...args);
  } catch {
    return undefined;
  }
}
