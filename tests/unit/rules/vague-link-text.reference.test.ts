import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { describeTarget, detectLanguage, isUrlText, postLanguage, vagueText } from '../../../src/core/links/vague-text';
import lighthouse from '../../../bench/reference/linktext/lighthouse.json';

const findings = (text: string) => analyze(text, { preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === 'vague-link-text');
const post = (body: string, lang?: string) => `---\ntitle: T\n${lang ? `lang: ${lang}\n` : ''}---\n\n${body}\n`;

describe('vague-link-text like Lighthouse, and beyond', () => {
  it("flags every phrase of Lighthouse's lists in a post of that language", () => {
    for (const [lang, list] of Object.entries(lighthouse.phrases)) {
      for (const phrase of list) expect(vagueText(phrase, lang), `${lang}: ${phrase}`).toBe(phrase.toLowerCase());
    }
  });

  it('flags "information" and "right here" (Lighthouse has them, we did not)', () => {
    expect(findings(post('See [information](https://example.org/a) and [right here](https://example.org/b).'))).toHaveLength(2);
  });

  it("picks the phrase list from the post's lang/language field, else from the language of its prose", () => {
    expect(findings(post('Mehr dazu [hier](https://example.org/a).', 'de'))).toHaveLength(1);
    expect(findings(post('Details [hier](https://example.org/a).', 'en'))).toHaveLength(0);
    const german = 'Wir haben die neue Version veröffentlicht und die Hinweise nennen alle Änderungen, die für Sie wichtig sind. Mehr dazu [hier](https://example.org/a).';
    expect(findings(post(german))).toHaveLength(1);
    const english = 'We shipped the new release and the notes list every change that matters to you and your team. The [Hier](https://example.org/a) project.';
    expect(findings(post(english))).toHaveLength(0);
    expect(postLanguage({ language: 'pt-BR' }, '')).toBe('pt');
    expect(postLanguage({ locale: 'de_DE' }, '')).toBe('de');
  });

  it('detects the language of prose by script or function words, and says nothing when unsure', () => {
    expect(detectLanguage('今週新しいバージョンを公開しました。変更点はリリースノートにまとめています。')).toBe('ja');
    expect(detectLanguage('이번 주에 새 버전을 출시했으며 릴리스 노트에 모든 변경 사항을 정리했습니다.')).toBe('ko');
    expect(detectLanguage('Nous avons publié la nouvelle version cette semaine et les notes décrivent tous les changements qui comptent pour vous.')).toBe('fr');
    expect(detectLanguage('Hemos publicado la nueva versión esta semana y las notas recogen todos los cambios que son importantes.')).toBe('es');
    expect(detectLanguage('Kubernetes Helm Terraform')).toBeUndefined();
  });

  it('flags a web address used as the link text, in markdown and HTML, but leaves bare URLs to bare-url', () => {
    const found = findings(post('Docs: [https://example.org/docs/install](https://example.org/docs/install) and <a href="http://example.com">www.example.com</a>. Also https://example.net/x.'));
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.data?.urlAsText === true)).toBe(true);
    expect(found[0]!.message).toMatch(/address itself/);
    expect(isUrlText('example.org')).toBe(false);
    expect(isUrlText('the https://example.org page')).toBe(false);
  });

  it('gives advice that fits each link: its path as words and its host, not the same example every time', () => {
    const found = findings(post('Read [here](https://kubernetes.io/docs/setup/production-environment/) and [click here](https://github.com/) and [more](#install-on-linux) and [this](https://example.org/2024/01/a1b2c3d4e5f6).'));
    expect(found.map((f) => f.data?.suggestion)).toEqual(['“production environment” on kubernetes.io', 'the github.com home page', 'the “install on linux” section', 'the example.org home page']);
    expect(found[0]!.message).toContain('e.g. “production environment” on kubernetes.io');
    expect(new Set(found.map((f) => f.message.split('e.g.')[1])).size).toBe(4);
  });

  it('describes other destinations sensibly', () => {
    expect(describeTarget('mailto:team@example.org?subject=x')).toBe('e-mail team@example.org');
    expect(describeTarget('/blog/release-notes.html')).toBe('“release notes”');
    expect(describeTarget('https://www.example.org/index.html')).toBe('the example.org home page');
  });

  it("names the destination in the interface's language, not in English inside a translated sentence", () => {
    const text = post('Read [here](https://kubernetes.io/docs/setup/production-environment/), [more](#install-on-linux), [click here](https://github.com/) and [this](mailto:team@example.org).');
    const inGerman = analyze(text, { preview: false, suggestions: false, locale: 'de' }).diagnostics.filter((d) => d.ruleId === 'vague-link-text').map((d) => d.message.split('z. B. ')[1]);
    expect(inGerman).toEqual(['„production environment“ auf kubernetes.io.', 'der Abschnitt „install on linux“.', 'die Startseite von github.com.', 'eine E-Mail an team@example.org.']);
    expect(describeTarget('#install', 'ja')).toBe('「install」のセクション');
    expect(describeTarget('/blog/release-notes.html', 'fr')).toBe('«\u00a0release notes\u00a0»');
  });
});
