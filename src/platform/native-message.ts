import type { PlainKey } from '../i18n/catalog';
import { callI18n } from './i18n-api';

/**
 * A message in the browser's UI language, read by the browser itself from the shipped
 * `_locales/<lang>/messages.json` (i18n.getMessage). For the content script, which runs on every
 * matching page: going through src/i18n would bundle all six catalogs into it (82 KB gz against
 * its 15 KB target). Only plain messages without placeholders; the panel and options use `tr`.
 * Outside an extension (unit tests) the key itself is returned.
 */
export function nativeMessage(key: PlainKey): string {
  return callI18n('getMessage', key) || key;
}
