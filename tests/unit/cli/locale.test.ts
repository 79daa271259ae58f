import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { cleanTempDirs, runCli, tempDir } from './helpers';

afterEach(cleanTempDirs);

/** No LANG/LC_* from the machine running the tests: each case sets its own. */
const NO_LOCALE = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANGUAGE: undefined };
const POST = '---\ntitle: Hallo\n---\n\nText.\n';

describe('the command speaks the user language', () => {
  it('--help in German with --locale de: usage, options, exit codes and rule descriptions', () => {
    const { code, stdout } = runCli(['--help', '--locale', 'de'], tempDir(), NO_LOCALE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Aufruf: post-preflight check <Dateien oder Globs…> \[Optionen\]/);
    expect(stdout).toContain('Nur Fehler melden');
    expect(stdout).toContain('Exit-Codes: 0 keine Fehler');
    expect(stdout).toMatch(/^ {2}image-alt +warning +(fix|suggest|\s)* +Bilder haben einen Alternativtext/m);
    for (const english of ['Usage:', 'Report errors only', 'Exit codes', 'Images have alt text']) expect(stdout).not.toContain(english);
  });

  it('--help in Japanese from LANG=ja_JP.UTF-8', () => {
    const { stdout } = runCli(['--help'], tempDir(), { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' });
    expect(stdout).toMatch(/^使い方: post-preflight check/);
    expect(stdout).toContain(t('ja', 'ruleDescImageAlt'));
  });

  it('argument errors, before and after the arguments parse, in the chosen language', () => {
    const dir = tempDir({ 'a.md': POST });
    // node:util's own message stays as a quoted technical detail.
    expect(runCli(['check', 'a.md', '--fxi', '--locale=fr'], dir, NO_LOCALE)).toMatchObject({ code: 2, stderr: `post-preflight: Option non valide («\u00a0Unknown option '--fxi'\u00a0»). Lancez «\u00a0post-preflight --help\u00a0» pour voir les options.\n` });
    expect(runCli(['check', 'a.md', '--max-warnings', 'lots'], dir, { ...NO_LOCALE, LC_ALL: 'es_ES.UTF-8' }).stderr).toBe('post-preflight: --max-warnings necesita un número entero de 0 o más; se recibió «lots».\n');
    expect(runCli([], dir, { ...NO_LOCALE, LANG: 'pt_BR.UTF-8' }).stderr).toMatch(/^post-preflight: nenhum comando informado\./);
    expect(runCli(['check', 'missing.md', '--locale', 'de'], dir, NO_LOCALE).stderr).toBe('post-preflight: „missing.md“ kann nicht gelesen werden: Datei nicht vorhanden.\n');
    expect(runCli(['check', 'drafts/**/*.md', '--locale', 'ja'], dir, NO_LOCALE).stderr).toBe('post-preflight: 「drafts/**/*.md」に一致するファイルがありません。\n');
  });

  it('config problems are listed in the chosen language, each with its path', () => {
    const dir = tempDir({ 'a.md': POST, '.preflightrc.json': '{"rules": {"image-alts": "loud"}, "baseUrl": 3}' });
    const { code, stderr } = runCli(['check', 'a.md', '--locale', 'de'], dir, NO_LOCALE);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^post-preflight: die Konfiguration „.*\.preflightrc\.json“ hat 3 Probleme:\n/);
    expect(stderr).toContain('- „rules.image-alts“: es gibt keine Regel „image-alts“ (meinten Sie „image-alt“?)');
    expect(stderr).toContain('- „rules.image-alts“ muss einer dieser Werte sein: "off", "info", "warning", "error", nicht "loud"');
    expect(stderr).toContain('- „baseUrl“ muss eine Zeichenkette sein, nicht number 3');
    const json = runCli(['check', 'a.md', '--locale', 'fr'], tempDir({ 'a.md': POST, '.preflightrc.json': '{"rules": {' }), NO_LOCALE).stderr;
    expect(json).toMatch(/^post-preflight: la configuration «\u00a0.*\u00a0» n’est pas du JSON valide à la ligne 1, colonne 12\u00a0: le JSON s’arrête trop tôt/);
  });
});
