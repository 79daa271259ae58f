import { resolveLocale, translator, type Locale, type Translate } from '../i18n';

/**
 * The interface language of the extension: the browser's UI language (Chrome's `--lang`/system
 * language, Firefox's language pack + `intl.locale.requested`), mapped to a shipped locale.
 * Read from the global rather than through webextension-polyfill so that modules using it stay
 * importable in unit tests; both browsers expose `i18n.getUILanguage` synchronously.
 */
type I18nGlobal = { i18n?: { getUILanguage?: () => string } };
export function uiLanguage(): string | undefined {
  const g = globalThis as { browser?: I18nGlobal; chrome?: I18nGlobal };
  try {
    return (g.browser?.i18n?.getUILanguage ?? g.chrome?.i18n?.getUILanguage)?.();
  } catch {
    return undefined;
  }
}

export const uiLocale: Locale = resolveLocale(uiLanguage());
/** `t` in the browser's UI language. */
export const tr: Translate = translator(uiLocale);
