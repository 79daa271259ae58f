import type { PlainKey } from '../i18n/catalog';

/**
 * A message in the browser's UI language, read by the browser itself from the shipped
 * `_locales/<lang>/messages.json` (i18n.getMessage). For the content script, which runs on every
 * matching page: going through src/i18n would bundle all six catalogs into it (82 KB gz against
 * its 15 KB target). Only plain messages without placeholders; the panel and options use `tr`.
 * Outside an extension (unit tests) the key itself is returned.
 */
type I18nGlobal = { i18n?: { getMessage?: (name: string) => string } };
export function nativeMessage(key: PlainKey): string {
  const g = globalThis as { browser?: I18nGlobal; chrome?: I18nGlobal };
  try {
    const message = (g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage)?.(key);
    if (message) return message;
  } catch {
    // No extension context: fall through.
  }
  return key;
}
