import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeMessage, nativePlural } from '../../../src/platform/native-message';
import { LOCALES, t, type Locale } from '../../../src/i18n';
import type { Catalog } from '../../../src/i18n/catalog';

/**
 * The content script's dock label ("Open the panel (3 errors, 1 warning)") comes from the
 * browser's i18n.getMessage, not the bundled catalog: here the browser is played by a
 * getMessage that reads the shipped messages.json the way browsers do ($1… substitutions
 * through the declared placeholders), and the label must equal what `t` says.
 */
function fakeBrowser(locale: Locale) {
  const catalog = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalog;
  const getMessage = (name: string, substitutions: string[] = []) => {
    const entry = catalog[name];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, p: string) => {
      const content = entry.placeholders?.[p] ?? entry.placeholders?.[p.toLowerCase()];
      const index = content ? Number(/^\$(\d)$/.exec(content.content)?.[1]) : NaN;
      return Number.isNaN(index) ? whole : (substitutions[index - 1] ?? '');
    });
  };
  (globalThis as { chrome?: unknown }).chrome = { i18n: { getUILanguage: () => locale.replace('_', '-'), getMessage } };
}
afterEach(() => delete (globalThis as { chrome?: unknown }).chrome);

describe('dock label through the browser', () => {
  it.each(LOCALES)('%s: counts with the right plural forms, as t() words them', (locale) => {
    fakeBrowser(locale);
    for (const [errors, warnings] of [[0, 1], [1, 2], [2, 5], [21, 1_000_000]] as const) {
      const label = nativeMessage('dockOpenCounts', [nativePlural('errors', errors), nativePlural('warnings', warnings)]);
      expect(label).toBe(t(locale, 'dockOpenCounts', { errors: t(locale, 'errors', { count: errors }), warnings: t(locale, 'warnings', { count: warnings }) }));
      expect(label).not.toMatch(/\$|errors_|warnings_/);
    }
  });

  it('picks the singular where the language has one', () => {
    fakeBrowser('de');
    expect(nativePlural('errors', 1)).toBe('1 Fehler');
    expect(nativePlural('warnings', 1)).toBe('1 Warnung');
    expect(nativePlural('warnings', 2)).toBe('2 Warnungen');
  });
});
