import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, eachLetterRun, lexiconFor } from '../../../src/core/suggest/language';

describe('eachLetterRun', () => {
  const runs = (text: string) => {
    const out: string[] = [];
    eachLetterRun(text, (r) => out.push(r));
    return out;
  };
  it('gives the runs of letters split(/[^\\p{L}]+/u) gives, on any text (astral letters, lone surrogates, marks, CJK)', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', 'ß', ' ', '-', '1', '。', '漢', 'か', '𝒜', '😀', '\ud800', '\udc00', '\u0301', 'İ', "'", '\u00a0');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(runs(text)).toEqual(text.split(/[^\p{L}]+/u).filter(Boolean));
      }),
      { numRuns: 500 },
    );
    expect(runs("Don't 𝒜b 1x")).toEqual(['Don', 't', '𝒜b', 'x']);
  });
});

describe('language detection', () => {
  it('tells the languages the suggester knows apart from a paragraph of text', () => {
    expect(detectLanguage('The release brings a new compiler and it is faster than the old one for most of the projects we tested.')).toBe('en');
    expect(detectLanguage('La versión nueva trae un compilador más rápido y es compatible con los proyectos que ya tienes en producción.')).toBe('es');
    expect(detectLanguage('A nova versão traz um compilador mais rápido e é compatível com os projetos que você já tem em produção.')).toBe('pt');
    expect(detectLanguage('La nouvelle version apporte un compilateur plus rapide et elle est compatible avec les projets que vous avez déjà.')).toBe('fr');
    expect(detectLanguage('Die neue Version bringt einen schnelleren Compiler und ist mit den Projekten kompatibel, die du schon hast.')).toBe('de');
    expect(detectLanguage('新しいバージョンでは、より高速なコンパイラが導入されました。既存のプロジェクトとも互換性があります。')).toBe('ja');
    expect(detectLanguage('新版本带来了更快的编译器，并且与您现有的项目兼容。')).toBe('zh');
  });

  it('treats English technical words inside CJK text as part of the CJK post', () => {
    expect(detectLanguage('React Compiler と DevTools の新機能を紹介します。Performance パネルも改善されました。')).toBe('ja');
  });

  it('has openers, markers and list words for each language', () => {
    expect(lexiconFor('en').anaphoric.test('This is why it matters.')).toBe(true);
    expect(lexiconFor('en').anaphoric.test('Thistle grows here.')).toBe(false);
    // A sentence that points back at the previous one ("That is what this article covers"), in es/pt/fr too.
    expect(lexiconFor('pt').anaphoric.test('É disso que vamos tratar neste artigo.')).toBe(true);
    expect(lexiconFor('es').anaphoric.test('De eso trata este artículo.')).toBe(true);
    expect(lexiconFor('fr').anaphoric.test("C'est ce que nous verrons ici.")).toBe(true);
    expect(lexiconFor('de').anaphoric.test('Dies ist neu.')).toBe(true);
    expect(lexiconFor('fr').discourse.test('Aujourd’hui, nous publions la version 3.')).toBe(true);
    expect(lexiconFor('es').and).toBe('y');
    expect(lexiconFor('ja').genericHeading.test('まとめ')).toBe(true);
  });
});
