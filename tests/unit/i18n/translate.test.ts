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

describe('the command line in a language', () => {
  it('--locale and LANG pick the language of the summary and the findings; English stays the default', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../../src/cli/main');
    const dir = mkdtempSync(join(tmpdir(), 'pp-i18n-'));
    writeFileSync(join(dir, 'post.md'), '---\ntitle: Hallo Welt\ndescription: Ein kurzer Beitrag über nichts Besonderes, nur zum Testen der Sprache.\ndate: 2026-01-01\n---\n\nText.\n\n![](bild.png)\n');
    const run = async (argv: string[], env: Record<string, string | undefined>) => {
      const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
      Object.assign(process.env, { LC_ALL: '', LC_MESSAGES: '', LANG: '' }, env);
      let out = '';
      try {
        await main(['check', 'post.md', ...argv], { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd: dir });
      } finally {
        for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
      }
      return out;
    };
    const english = await run([], {});
    expect(english).toMatch(/This image has no alt text/);
    expect(english).toMatch(/⚠ 3 problems \(0 errors, 2 warnings, 1 info\) in 1 file\./);
    const german = await run(['--locale', 'de'], { LANG: 'ja_JP.UTF-8' });
    expect(german).toMatch(/Dieses Bild hat keinen Alternativtext/);
    expect(german).toMatch(/⚠ 3 Probleme \(0 Fehler, 2 Warnungen, 1 Hinweis\) in 1 Datei\./);
    const japanese = await run([], { LANG: 'ja_JP.UTF-8' });
    expect(japanese).toMatch(/この画像には代替テキストがありません/);
  });
});
