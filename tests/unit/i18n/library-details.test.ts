import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { deceptiveHost, hostReason } from '../../../src/core/links/deceptive';

/**
 * What libraries say inside a message: the YAML parser's sentence is quoted as a technical detail
 * inside a translated one (first line only, without the English position); Unicode script names
 * are named in the reader's language through Intl.DisplayNames.
 */
describe('library details inside translated messages', () => {
  it('quotes the YAML parser’s own words inside a German sentence', () => {
    const post = '---\ntitle: Hallo\ntags: [a, b\nseo:\n  description: Kurz.\n---\n\nText.\n';
    const en = analyze(post, { locale: 'en' }).diagnostics.find((d) => d.ruleId === 'yaml-syntax')!;
    const de = analyze(post, { locale: 'de' }).diagnostics.find((d) => d.ruleId === 'yaml-syntax')!;
    expect(en.message).toMatch(/^YAML error: /);
    expect(de.message).toMatch(/^Das Frontmatter ist kein gültiges YAML \(Meldung des Parsers: „[^“\n]+“\)\.$/);
    expect(de.message).not.toMatch(/at line \d+/);
  });

  it('names scripts in the reader’s language', () => {
    const problem = deceptiveHost('аррӏе.com')!; // Cyrillic letters that pass for "apple"
    expect(hostReason('en', problem.reason)).toContain('Cyrillic');
    expect(hostReason('de', problem.reason)).toContain('Kyrillisch');
    expect(hostReason('fr', problem.reason)).toMatch(/cyrillique/i);
    expect(hostReason('ja', problem.reason)).toContain('キリル');
    const mixed = deceptiveHost('pаypal.com')!; // Latin with one Cyrillic а
    expect(hostReason('en', mixed.reason)).toMatch(/Latin and Cyrillic|Cyrillic and Latin/);
    expect(hostReason('es', mixed.reason)).toMatch(/latino/i);
    expect(hostReason('es', mixed.reason)).toMatch(/cirílico/i);
  });
});
