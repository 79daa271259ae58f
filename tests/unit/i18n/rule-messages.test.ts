import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { rules } from '../../../src/core/rules/index';
import { LOCALES, type Locale } from '../../../src/i18n';
import type { Diagnostic } from '../../../src/core/types';
import { fixtureOptions, fixturesOf } from '../rules/lint';

/**
 * Every rule's fixtures (tests/fixtures/rules/<rule>/*.md, which between them make every rule
 * fire), analyzed in each shipped language: the same findings at the same places, and no
 * message, fix or suggestion left in English. The exceptions are listed, with why.
 */
/** Texts that are legitimately the same in a language (or come from the site, not from us). */
const SAME_AS_ENGLISH: { rule: string; text: RegExp; why: string }[] = [
  { rule: 'field-constraints', text: /^Use lowercase letters, digits and dashes/, why: 'the site schema’s own patternMessage (patterns.md), shown as the site wrote it' },
];

const others = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');
const texts = (d: Diagnostic) => [d.message, d.fix?.description, ...(d.suggestions ?? []).map((s) => s.description)];
const exempt = (rule: string, english: string) => SAME_AS_ENGLISH.some((e) => e.rule === rule && e.text.test(english));

describe.each(rules.map((r) => [r.id, r] as const))('%s in every language', (id, rule) => {
  const fixtures = fixturesOf(id);
  it('fires on its fixtures, and says every finding in each language', () => {
    let fired = 0;
    for (const f of fixtures) {
      const options = { preview: false, suggestions: false, ...fixtureOptions(f.text) };
      const english = analyze(f.text, { ...options, locale: 'en' }, [rule]).diagnostics;
      fired += english.length;
      for (const locale of others) {
        const translated = analyze(f.text, { ...options, locale }, [rule]).diagnostics;
        expect(translated.map((d) => [d.start, d.end, d.severity]), `${f.name} ${locale}`).toEqual(english.map((d) => [d.start, d.end, d.severity]));
        translated.forEach((d, i) => {
          const en = texts(english[i]!);
          texts(d).forEach((text, j) => {
            expect(text === undefined, `${f.name} ${locale}: the same fix/suggestions`).toBe(en[j] === undefined);
            if (text !== undefined && !exempt(id, en[j]!)) expect(text, `${f.name} ${locale}: still English`).not.toBe(en[j]);
          });
        });
      }
    }
    expect(fired, `${id} has fixtures that make it fire`).toBeGreaterThan(0);
  }, 60_000);
});
