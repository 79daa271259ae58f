import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS as LOADED, PLURAL_CATEGORIES, type Catalog } from '../../../src/i18n/catalog';
import { intlTag, LOCALES, type Locale } from '../../../src/i18n';

/**
 * The catalog completeness test: every shipped language has every message, no message is left
 * over, placeholders match English (and are declared, as the browsers require), and each plural
 * has exactly the forms its language's `Intl.PluralRules` asks for.
 */
const CATALOGS = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Catalog])) as Record<Locale, Catalog>;
const PLURAL = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);
const baseOf = (key: string) => PLURAL.exec(key)?.[1];
const plainKeys = (c: Catalog) => Object.keys(c).filter((k) => !baseOf(k)).sort();
const pluralBases = (c: Catalog) => [...new Set(Object.keys(c).map(baseOf).filter((b): b is string => !!b))].sort();
const placeholdersIn = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
const en = CATALOGS.en;
const others = LOCALES.filter((l) => l !== 'en');

describe('message catalogs', () => {
  it('ships the six languages, each as public/_locales/<locale>/messages.json', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
    // What t() reads (all registered by the unit tests' setup, as in the CLI) is those files.
    for (const l of LOCALES) expect(LOADED[l]).toEqual(CATALOGS[l]);
  });

  it.each(others)('%s has every English message and no other', (locale) => {
    expect(plainKeys(CATALOGS[locale])).toEqual(plainKeys(en));
    expect(pluralBases(CATALOGS[locale])).toEqual(pluralBases(en));
  });

  it.each(LOCALES)('%s: every plural has exactly the forms Intl.PluralRules needs', (locale: Locale) => {
    const needed = new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories.slice().sort();
    const c = CATALOGS[locale];
    for (const base of pluralBases(en)) {
      const forms = Object.keys(c).filter((k) => baseOf(k) === base).map((k) => k.slice(base.length + 1)).sort();
      expect(forms, `${locale} ${base}`).toEqual(needed);
    }
  });

  it.each(LOCALES)('%s: placeholders are the same as in English and declared', (locale: Locale) => {
    const c = CATALOGS[locale];
    for (const [key, entry] of Object.entries(c)) {
      const base = baseOf(key);
      const english = en[key] ?? en[`${base}_other`];
      expect(english, `${locale} ${key} exists in English`).toBeDefined();
      expect(placeholdersIn(entry.message), `${locale} ${key}`).toEqual(placeholdersIn(english!.message));
      expect(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort(), `${locale} ${key} declares its placeholders`).toEqual(placeholdersIn(entry.message));
      expect(entry.message.trim(), `${locale} ${key} is not empty`).not.toBe('');
      expect(key, 'browsers allow only [A-Za-z0-9_] in message names').toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('every message is used: by the manifest, or by name in the code', () => {
    const code = sourceFiles('src').map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync('manifest.json', 'utf8');
    const used = (name: string) => code.includes(`'${name}'`) || code.includes(`"${name}"`) || code.includes(`__MSG_${name}__`);
    const unused = [...plainKeys(en), ...pluralBases(en)].filter((k) => !used(k));
    expect(unused).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
