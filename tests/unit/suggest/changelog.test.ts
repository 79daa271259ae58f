import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { changeSections } from '../../../src/core/suggest/changelog';
import { suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { measure } from '../../../src/core/suggest/shape';

const commits = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `* [\`a1b2c3${i}\`](https://git.test/c/${i}) ${prefix}: change number ${i} to the harbour tools ([#${100 + i}](https://git.test/i/${i})) (Sam)`).join('\n');

/** Release notes as a changelog generator writes them: one highlight, then lists of commits under generic headings. */
function releaseNotes(title: string, extra = '') {
  return [
    '---',
    `title: ${title}`,
    '---',
    '## Highlights',
    '',
    '### New option `checkTides` in `harbour-timing`',
    '',
    'The `harbour-timing` rule now takes a `checkTides` option.',
    '',
    '```js',
    'const tide = read();',
    '```',
    '',
    '## Features',
    '',
    commits('feat', 2),
    '',
    '## 🐞 Bug Fixes',
    '',
    commits('fix', 3),
    '',
    '## Documentation',
    '',
    commits('docs', 4),
    extra,
    '',
    '## Chores',
    '',
    commits('chore', 6),
    '',
  ].join('\n');
}

const suggest = (md: string) => suggestDescriptions({ ...parsePost(md), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });

describe('release notes made of change lists', () => {
  it('counts the list items under each heading that names a kind of change, subsections included, chores left out', () => {
    const md = ['## ✨ Features:', '* a', '* b', '### Core', '* c', '## Fixes', '* d', '## Other things', '* e', '## Bug fixes', '* f', '## Docs', 'No list here.'].join('\n\n');
    expect(changeSections(parsePost(md).body.tokens).map(({ kind, count }) => [kind, count])).toEqual([
      ['features', 3],
      ['fixes', 2],
    ]);
  });

  it('reads a heading as the page shows it ("**Bug Fixes** {#fixes}"), and does not read a long one (a run of spaces there was slow)', () => {
    const md = ['## **Bug Fixes** {#fixes}', '* a', '* b', `## fix${' '.repeat(60_000)}x`, '* c'].join('\n\n');
    expect(changeSections(parsePost(md).body.tokens).map(({ kind, count }) => [kind, count])).toEqual([['fixes', 2]]);
  });

  it('a release post that is all lists and code gets a description naming its highlight and kinds of change', () => {
    const [top] = suggest(releaseNotes('Harbour Lint v4.2.0 released'));
    expect(top!.text).toBe('Harbour Lint v4.2.0 brings new option checkTides in harbour-timing, new features, 3 bug fixes and 4 documentation updates.');
    const m = measure(top!.text);
    expect(m.length).toBeGreaterThanOrEqual(120);
    expect(m.length).toBeLessThanOrEqual(156);
  });

  it('counts the features when no heading names one of them, and leaves kinds out from the end when too long', () => {
    const md = releaseNotes('Harbour Lint v4.2.0 released').replace(/### New option[^\n]*\n/, '').replace('## Documentation', '## Performance improvements\n\n* [`f00`](https://git.test) perf: faster tide tables\n\n## Security\n\n* [`f01`](https://git.test) fix: escape tide names\n\n## Documentation');
    const texts = suggest(md).map((s) => s.text);
    expect(texts).toContain('Harbour Lint v4.2.0 brings 2 new features, 3 bug fixes, 1 performance improvement, 1 security fix and 4 documentation updates.');
    const longer = md.replace('## Chores', '## Breaking changes\n\n* drop the old tide API\n* rename the pier option\n\n## Deprecations\n\n* the moon phase flag\n\n## Chores');
    expect(suggest(longer).map((s) => s.text)).toContain('Harbour Lint v4.2.0 brings 2 new features, 3 bug fixes, 1 performance improvement, 1 security fix, 4 documentation updates and 2 breaking changes.');
  });

  it('counts commits far below the opening, and a new one changes the count (the remembered choice is not reused)', () => {
    const before = suggest(releaseNotes('Harbour Lint v4.2.0 released'))[0]!.text;
    const after = suggest(releaseNotes('Harbour Lint v4.2.0 released', `${'\n'}* [\`ffff\`](https://git.test) docs: one more page`))[0]!.text;
    expect(before).toContain('4 documentation updates');
    expect(after).toContain('5 documentation updates');
  });

  it('only for a release (a name and a version in the title)', () => {
    expect(suggest(releaseNotes('Notes from the harbour office')).map((s) => s.text).join('\n')).not.toMatch(/bug fixes/);
  });

  /** The same release notes written in another language: its headings and its one line of prose. */
  const translated = (title: string, headings: [highlight: string, features: string, fixes: string, docs: string], prose: string) =>
    releaseNotes(title)
      .replace('New option `checkTides` in `harbour-timing`', headings[0])
      .replace('The `harbour-timing` rule now takes a `checkTides` option.', prose)
      .replace('## Features', `## ${headings[1]}`)
      .replace('## 🐞 Bug Fixes', `## 🐞 ${headings[2]}`)
      .replace('## Documentation', `## ${headings[3]}`);

  it('names the kinds of change in the post\'s own language, with its headings in that language or in English', () => {
    /** Three more kinds of change (performance, security, breaking), with their headings in the post's language. */
    const moreKinds = (md: string, headings: [string, string, string]) =>
      md.replace('## Chores', [`## ${headings[0]}`, '', commits('perf', 2), '', `## ${headings[1]}`, '', commits('fix', 1), '', `## ${headings[2]}`, '', commits('feat', 2), '', '## Chores'].join('\n'));
    const german = moreKinds(translated('Hafen Lint v4.2.0 veröffentlicht', ['Neue Option `checkTides` in `harbour-timing`', 'Neue Funktionen', 'Fehlerbehebungen', 'Dokumentation'], 'Die Regel `harbour-timing` kennt jetzt die Option `checkTides`, mit der die Gezeiten geprüft werden.'), ['Leistung', 'Sicherheit', 'Inkompatible Änderungen']);
    const spanish = translated('Lint del Puerto v4.2.0 lanzado', ['Nueva opción `checkTides` en `harbour-timing`', 'Nuevas funcionalidades', 'Correcciones de errores', 'Documentación'], 'La regla `harbour-timing` ahora acepta la opción `checkTides`, que comprueba las mareas del puerto.');
    const french = moreKinds(translated('Lint du Port v4.2.0', ['Nouvelle option `checkTides` dans `harbour-timing`', 'Nouveautés', 'Corrections de bugs', 'Documentation'], 'La règle `harbour-timing` accepte maintenant l’option `checkTides`, qui vérifie les marées du port.'), ['Performances', 'Sécurité', 'Changements incompatibles']);
    // Chinese is wide: a release needs more kinds of change to fill the snippet.
    const chinese = moreKinds(translated('港口 Lint v4.2.0 发布', ['`harbour-timing` 中的新选项 `checkTides`', '新功能', '错误修复', '文档'], '`harbour-timing` 规则现在支持 `checkTides` 选项，用于检查港口的潮汐。'), ['性能优化', '安全', '破坏性变更']);
    const texts = (md: string) => suggest(md).map((s) => s.text);
    // German, French, Spanish and Portuguese would need an article before a heading named after the verb: the kinds of change only.
    expect(texts(german)).toContain('Hafen Lint v4.2.0 bringt 2 neue Funktionen, 3 Fehlerbehebungen, 4 Aktualisierungen der Dokumentation und 2 Leistungsverbesserungen.');
    expect(texts(spanish)).toContain('Lint del Puerto v4.2.0 trae 2 nuevas funcionalidades, 3 correcciones de errores y 4 actualizaciones de la documentación.');
    expect(texts(french)).toContain('Lint du Port v4.2.0 apporte 2 nouvelles fonctionnalités, 3 corrections de bugs, 4 mises à jour de la documentation et 2 améliorations des performances.');
    // Chinese names the highlight, counts with a measure word, and puts no space between two Chinese words.
    expect(texts(chinese)).toContain('港口 Lint v4.2.0 带来了 harbour-timing 中的新选项 checkTides、新功能、3 项错误修复、4 项文档更新、2 项性能改进、1 项安全修复、2 项破坏性变更。');
    // English headings in a Spanish post: the phrases are still Spanish.
    const mixed = translated('Lint del Puerto v4.2.0 lanzado', ['Nueva opción `checkTides` en `harbour-timing`', 'Features', 'Bug Fixes', 'Documentation'], 'La regla `harbour-timing` ahora acepta la opción `checkTides`, que comprueba las mareas del puerto.');
    expect(texts(mixed).join('\n')).not.toMatch(/bug fixes|documentation updates|new features/);
  });
});
