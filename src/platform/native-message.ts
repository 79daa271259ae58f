import type { PlainKey, PluralKey } from '../i18n/catalog';
import { callI18n } from './i18n-api';

/**
 * A message in the browser's UI language, read by the browser itself from the shipped
 * `_locales/<lang>/messages.json` (i18n.getMessage). For the content script, which runs on every
 * matching page: going through src/i18n would bundle the catalog into it (its 15 KB gz target).
 * `substitutions` fill the message's placeholders in order ($1, $2…, as declared in the file).
 * The panel and options use `tr`. Outside an extension (unit tests) the key itself is returned.
 */
export function nativeMessage(key: PlainKey, substitutions: string[] = []): string {
  return callI18n('getMessage', key, substitutions) || key;
}

/**
 * The plural form of `base` for `count` (`errors_one`, `errors_few`…), chosen by the UI
 * language's `Intl.PluralRules` the way `t` chooses it; the catalog test makes sure every
 * language has exactly the forms its rules need.
 */
export function nativePlural(base: PluralKey, count: number): string {
  // The browser's own tag ("de", "pt-BR"): Intl resolves it as the browser resolves its messages.
  const category = new Intl.PluralRules(callI18n('getUILanguage') || 'en').select(count);
  const value = String(count);
  return callI18n('getMessage', `${base}_${category}`, [value]) || callI18n('getMessage', `${base}_other`, [value]) || `${count} ${base}`;
}
