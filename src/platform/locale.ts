import { loadCatalog, resolveLocale, translator, type Locale, type Translate } from '../i18n';
import { callI18n } from './i18n-api';

/**
 * The interface language of the extension: the browser's UI language (Chrome's `--lang`/system
 * language, Firefox's language pack + `intl.locale.requested`), mapped to a shipped locale.
 * Read from the global rather than through webextension-polyfill so that modules using it stay
 * importable in unit tests; both browsers expose `i18n.getUILanguage` synchronously.
 */
export function uiLanguage(): string | undefined {
  return callI18n('getUILanguage');
}

export const uiLocale: Locale = resolveLocale(uiLanguage());
/** `t` in the browser's UI language. */
export const tr: Translate = translator(uiLocale);
/**
 * Resolves once the UI language's messages are loaded (its own chunk; English is bundled). Extension
 * pages await it before their first render, so they never flash English first.
 */
export const localeReady: Promise<void> = loadCatalog(uiLocale).catch(() => undefined);
