import { describe, expect, it } from 'vitest';
import { LOCALES, t } from '../../../src/i18n';
import { APPLY_FAILURE_KEYS, APPLY_FAILURE_PARAMS } from '../../../src/protocol/apply-result';
import { HIDDEN_KEYS, HIDDEN_PARAMS } from '../../../src/protocol/hidden-reason';

/**
 * Why a change was not made reaches the panel as a catalog key and facts, from worlds that bundle
 * no catalog (editor drivers in the page, the content script's visibility check). Each such key
 * reads as a finished sentence in every language: every fact it is given lands in it, nothing
 * is left as a placeholder, and no language falls back to English.
 */
const FACTS = Object.fromEntries([...APPLY_FAILURE_PARAMS, ...HIDDEN_PARAMS].map((name) => [name, `«${name}-fact»`]));
const KEYS = [...APPLY_FAILURE_KEYS, ...HIDDEN_KEYS];

describe('failure words from the page world and the content script', () => {
  for (const locale of LOCALES) {
    it(`are said in ${locale}, with their facts`, () => {
      for (const key of KEYS) {
        const english = t('en', key, FACTS);
        const said = t(locale, key, FACTS);
        expect(said, key).not.toMatch(/\$[a-z]+\$/i);
        // The same facts appear in every language's sentence as in English's.
        const facts = (s: string) => [...s.matchAll(/«(\w+)-fact»/g)].map((m) => m[1]).sort();
        expect(facts(said), key).toEqual(facts(english));
        if (locale !== 'en') expect(said, `${key} in ${locale}`).not.toBe(english);
      }
    });
  }
});
