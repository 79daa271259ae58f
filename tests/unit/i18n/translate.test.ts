import { describe, expect, it } from 'vitest';
import { formatNumber, localeFromEnv, resolveLocale, t, translator } from '../../../src/i18n';
import { analyze } from '../../../src/core/analyze';

describe('t()', () => {
  it('fills placeholders and picks the plural form Intl.PluralRules gives', () => {
    expect(t('en', 'errors', { count: 1 })).toBe('1 error');
    expect(t('en', 'errors', { count: 0 })).toBe('0 errors');
    expect(t('de', 'warnings', { count: 1 })).toBe('1 Warnung');
    expect(t('de', 'warnings', { count: 2 })).toBe('2 Warnungen');
    // French counts 0 as singular; Japanese has one form.
    expect(t('fr', 'errors', { count: 0 })).toBe('0 erreur');
    expect(t('ja', 'errors', { count: 1 })).toBe('エラー\u00a01\u00a0件');
    expect(t('pt_BR', 'groupImageAlt', { count: 3 })).toBe('3 imagens não têm texto alternativo');
    expect(t('es', 'optNotGranted', { origin: 'https://a.example' })).toBe('No se concedió el permiso para https://a.example.');
  });

  it('does not read placeholders out of the values it inserts', () => {
    expect(t('en', 'noticeFixed', { what: '$count$ and $$' })).toBe('Fixed: $count$ and $$.');
  });

  it('is typed by the English keys', () => {
    // @ts-expect-error a message that does not exist does not compile
    expect(() => t('en', 'noSuchMessage')).toThrow(/noSuchMessage/);
    expect(translator('de')('ignore')).toBe('Ignorieren');
  });

  it('formats numbers the locale’s way', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
});

describe('choosing the locale', () => {
  it.each([
    ['pt-BR', 'pt_BR'], ['pt_BR', 'pt_BR'], ['pt_BR.UTF-8', 'pt_BR'], ['pt-PT', 'pt_BR'], ['de-AT', 'de'], ['de_CH.UTF-8', 'de'],
    ['ja', 'ja'], ['ja_JP.eucJP', 'ja'], ['fr_CA@euro', 'fr'], ['es-419', 'es'], ['en-GB', 'en'], ['C.UTF-8', 'en'], ['POSIX', 'en'], ['', 'en'], ['zz', 'en'], [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => expect(resolveLocale(tag)).toBe(locale));

  it('CLI: --locale first, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(localeFromEnv('fr', { LC_ALL: 'de_DE.UTF-8' })).toBe('fr');
    expect(localeFromEnv(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('de');
    expect(localeFromEnv(undefined, { LC_ALL: '', LC_MESSAGES: 'es_ES', LANG: 'ja_JP.UTF-8' })).toBe('es');
    expect(localeFromEnv(undefined, { LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeFromEnv(undefined, {})).toBe('en');
  });
});

describe('findings in the analysis locale', () => {
  const post = '---\ntitle: Hallo\n---\n\n![](bild.png)\n\n## A\n\n#### B\n';
  it('English by default, translated when asked, same findings either way', () => {
    const english = analyze(post);
    const german = analyze(post, { locale: 'de' });
    const japanese = analyze(post, { locale: 'ja' });
    const alt = (r: typeof english) => r.diagnostics.find((d) => d.ruleId === 'image-alt')!.message;
    expect(alt(english)).toMatch(/^This image has no alt text/);
    expect(alt(german)).toMatch(/^Dieses Bild hat keinen Alternativtext/);
    expect(alt(japanese)).toMatch(/^この画像には代替テキストがありません/);
    const heading = german.diagnostics.find((d) => d.ruleId === 'heading-increment')!;
    expect(heading.message).toBe('„B“ ist eine H4 direkt nach einer H2 und überspringt damit eine Ebene. Machen Sie daraus eine H3 (###) oder fügen Sie die fehlende Ebene darüber ein.');
    expect(heading.suggestions?.[0]?.description).toBe('Diese Überschrift zu H3 ändern (###)');
    expect(german.diagnostics.map((d) => [d.ruleId, d.start, d.end])).toEqual(english.diagnostics.map((d) => [d.ruleId, d.start, d.end]));
  });
});
