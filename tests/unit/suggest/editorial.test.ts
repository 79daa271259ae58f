import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { lowerFirst, releaseLead } from '../../../src/core/suggest/compose';
import { cjkTailCuts } from '../../../src/core/suggest/compress';
import { suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { lexiconFor, type Lang } from '../../../src/core/suggest/language';
import type { DescriptionSuggestion } from '../../../src/core/types';

/**
 * What a blind editor published as is and what they refused (judge 4, #12): a sentence saying what
 * the post does or announces beats a detail from the middle; a sentence pointing at the page
 * around it, or opening on a connective, is refused; the title stuck in front of a body sentence
 * reads as a label on a quote; a release is described as "<name version> brings …".
 */
function suggest(text: string): DescriptionSuggestion[] {
  return suggestDescriptions({ ...parsePost(text), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
}
const post = (title: string, body: string) => `---\ntitle: "${title}"\n---\n${body}`;

const detail = 'The ferry timetable service now caches every harbour route for an hour, so the departure boards in the terminal load in under a second.';
const purpose = 'In this post, we walk through how the ferry timetable service caches routes and what it changed for the departure boards in the terminal.';
const filler = 'Our team at the harbour office has been maintaining the timetable service for several years, mostly in the evenings after the last boats.';

describe('a sentence saying what the post does ranks first', () => {
  it('the purpose statement over a detail that carries as many of the title’s words', () => {
    const list = suggest(post('Caching the ferry timetable', `${filler}\n\n${detail}\n\n${purpose}\n`));
    expect(list[0]!.text).toBe(purpose);
    expect(list[0]!.score.summary).toBe(1);
    expect(list.find((s) => s.text === detail)!.score.summary).toBeLessThan(1);
  });

  it.each<[Lang, string]>([
    ['en', "We're excited to announce the release of Harbour 2.0 today."],
    ['en', 'In this post, we’ll summarize the talks and announcements from the event.'],
    ['en', "Here's how we designed and built the feedback widget."],
    ['en', 'This post explains why foreign keys do not work with online schema changes.'],
    ['es', 'En este artículo veremos cómo medir el rendimiento de la página.'],
    ['pt', 'Neste artigo veremos como gerenciar esses dados de forma eficaz.'],
    ['pt', 'Eu quero falar sobre como foi o meu caso.'],
    ['fr', 'Dans cet article, nous allons voir comment configurer le cache.'],
    ['de', 'In diesem Beitrag zeigen wir, wie der Cache funktioniert.'],
    ['ja', 'この記事では、キャッシュの仕組みを紹介します。'],
    ['zh', '本文将介绍如何在二十分钟内上线一个新功能。'],
  ])('%s: "%s" says what the post does', (lang, text) => {
    expect(lexiconFor(lang).purpose.test(text)).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'The departure boards load in under a second now.'],
    ['en', 'This post was originally published on the harbour blog.'],
    ['es', 'Ahora está disponible la información completa del iniciador.'],
    ['ja', 'Jack Pope が、以下のような Canary の新機能を発表しました。'],
  ])('%s: "%s" does not', (lang, text) => {
    expect(lexiconFor(lang).purpose.test(text)).toBe(false);
  });
});

describe('sentences that need the page around them', () => {
  it('one pointing at the code above or opening on a connective never ranks first', () => {
    const above = 'The ferry timetable service in the code above caches every harbour route for an hour, so the departure boards load in a second.';
    const notice = 'Notice that the ferry timetable service caches every harbour route for an hour, so the boards in the terminal load in a second.';
    const list = suggest(post('Caching the ferry timetable', `${above}\n\n${notice}\n\n${detail}\n`));
    expect(list[0]!.text).toBe(detail);
    expect(list.find((s) => s.text === above)?.score.clarity ?? 0).toBeLessThan(1);
    expect(list.find((s) => s.text === notice)?.score.clarity ?? 0).toBeLessThan(1);
  });

  it.each<[Lang, string]>([
    ['en', 'Here we can see that the optimizer reads t1 first.'],
    ['en', 'Additionally, different communities have their own rules.'],
    ['en', 'For example, Rust tracks ownership in the type system.'],
    ['es', 'Por ejemplo, veamos el rendimiento de esta página.'],
    ['pt', 'Nessa mesma linha, o surgimento de containers reforça essa necessidade.'],
    ['fr', 'Par exemple, le cache garde chaque page une heure.'],
    ['ja', '例えば、このデモページの読み込みを測定してみましょう。'],
  ])('%s: "%s" leans on what came before', (lang, text) => {
    expect(lexiconFor(lang).anaphoric.test(text)).toBe(true);
  });

  it("but \"Here's how…\" announces the post", () => {
    expect(lexiconFor('en').anaphoric.test("Here's how we designed the widget.")).toBe(false);
  });
});

describe('the rest of a sentence cut off above', () => {
  it('one starting with a dash or a lower-case "and" is never offered', () => {
    const dangling = '– and finalizing the ferry timetable service, which now caches every harbour route for an hour so the departure boards load fast.';
    const list = suggest(post('Caching the ferry timetable', `${dangling}\n\n${detail}\n`));
    expect(list.map((s) => s.text)).not.toContain(dangling);
    expect(list[0]!.text).toBe(detail);
  });
});

describe('a label is no sentence', () => {
  it('"Smaller." or "Server rendering." never starts a suggestion', () => {
    const list = suggest(post('Caching the ferry timetable', `Faster.\n\n${detail}\n\nServer rendering. ${filler}\n`));
    for (const s of list) expect(s.text).not.toMatch(/^(?:Faster|Server rendering)\./);
  });
});

describe('the title in front of a body sentence', () => {
  it('costs clarity, so a sentence that stands alone wins', () => {
    const own = 'The ferry departure screens in the terminal now load in under a second, even on the busiest summer mornings with twelve crossings.';
    const other = 'Our harbour office rebuilt the timetable service over the winter so that every route is cached for an hour before it is refreshed.';
    const list = suggest(post('Ferry departure boards', `${other}\n\n${own}\n`));
    expect(list[0]!.text).toBe(own);
    const titled = list.find((s) => s.text.startsWith('Ferry departure boards:'));
    expect(titled?.score.clarity).toBeLessThan(1);
  });
});

describe('a release described by what it brings', () => {
  it.each<[string, Lang, string | undefined]>([
    ['Kyverno 1.12 Released', 'en', 'Kyverno 1.12 brings'],
    ['Announcing KubeVirt v1.5', 'en', 'KubeVirt v1.5 brings'],
    ['Announcing the release of Harbour 3.2.0', 'en', 'Harbour 3.2.0 brings'],
    ['Lit 2.1 Release', 'en', 'Lit 2.1 brings'],
    ['New in ESLint v9.34.0: Multithread Linting', 'en', 'ESLint v9.34.0 brings'],
    ['Biome v2.3—Let’s bring the ecosystem closer', 'en', 'Biome v2.3 brings'],
    ['create-tauri-app Version 3 Released', 'en', 'create-tauri-app Version 3 brings'],
    ['Nuxt 3.11', 'en', 'Nuxt 3.11 brings'],
    ['Harbour 2.4', 'es', 'Harbour 2.4 trae'],
    ['Harbour 2.4', 'pt', 'Harbour 2.4 traz'],
    ['Harbour 2.4', 'de', 'Harbour 2.4 bringt'],
    ['Harbour 2.4', 'ja', undefined],
    ['Caching the ferry timetable', 'en', undefined],
    ['Jellyfin in 2019', 'en', undefined],
    ['What the harbour office learned from five years of timetables 2.0', 'en', undefined],
    ['Packaging Updates for 10.6.0', 'en', undefined],
  ])('%s (%s) → %s', (title, lang, lead) => {
    expect(releaseLead(title, lang)).toBe(lead);
  });

  it('the post’s own announcement, then "Highlights include <its sections>"', () => {
    const body = ['We are pleased to announce the general availability of Harbour 7.', 'The team worked on replica timetables, savepoints and per-session settings all winter.', '## Replica timetables', 'Text here.', '## Savepoints for bookings', 'Text here.', '## Per-session settings', 'Text here.', '## Bug fixes', 'Text here.'].join('\n\n');
    const list = suggest(post('Announcing Harbour 7', `${body}\n`));
    expect(list[0]!.text).toBe('We are pleased to announce the general availability of Harbour 7. Highlights include replica timetables, savepoints for bookings and per-session settings.');
    expect(list[0]!.score.summary).toBe(1);
  });

  it('a release roundup gets "<name version> brings <its sections>"', () => {
    const body = ['We are happy to share the new release with everyone at the harbour today: faster boards, offline timetables and a map.', '## Faster departure boards in the terminal', 'Text here.', '## Offline timetables for all the ferries', 'Text here.', '## A new map of the quay and its moorings', 'Text here.', '## Bug fixes', 'Text here.'].join('\n\n');
    const list = suggest(post('Harbour 2.4 Released', `${body}\n`));
    expect(list.map((s) => s.text)).toContain('Harbour 2.4 brings faster departure boards in the terminal, offline timetables for all the ferries and a new map of the quay and its moorings.');
  });
});

describe('a Chinese sentence is not ended inside a clause that goes on', () => {
  it('no cut after "如何在 20 分钟内" (how, within 20 minutes…) or after a coverb waiting for its verb', () => {
    expect(cjkTailCuts('那么本文就以一个实际的例子，讲解一下如何在二十分钟内，为你的平台上线一个新能力。')).toEqual([]);
    expect(cjkTailCuts('俱乐部的新计时系统已经正式发布了很久，在每一次的比赛和训练中，记录每一条赛艇的成绩。')).toEqual(['俱乐部的新计时系统已经正式发布了很久。']);
  });
});

describe('names in a composed list keep their case as a name, lose it as title casing', () => {
  const vocabulary = (lower: string[], known: string[] = lower) => ({ has: (w: string) => lower.includes(w), known: (w: string) => known.includes(w) });

  it('a title-case heading reads in sentence case', () => {
    expect(lowerFirst('Overcoming Cloneability Constraints', vocabulary(['overcoming']))).toBe('overcoming cloneability constraints');
  });

  it('the words release headings open with read in lower case inside a list', () => {
    expect(lowerFirst('Better logging', vocabulary([]))).toBe('better logging');
    expect(lowerFirst('Improved --skip and --only flags', vocabulary([]))).toBe('improved --skip and --only flags');
    expect(lowerFirst('Nuevas opciones de Lighthouse', vocabulary([]))).toBe('nuevas opciones de Lighthouse');
  });

  it('a sentence-like heading with names is not title case', () => {
    expect(lowerFirst('Flux is in the Operator Hub', vocabulary(['operator'], ['operator', 'flux', 'hub']))).toBe('Flux is in the Operator Hub');
  });

  it('a name of several capitalized words stays whole', () => {
    expect(lowerFirst('Reports Server', vocabulary(['reports']))).toBe('Reports Server');
    expect(lowerFirst('Kyverno JSON in CLI', vocabulary(['in'], ['in', 'kyverno', 'json', 'cli']))).toBe('Kyverno JSON in CLI');
    expect(lowerFirst('Global Context Entry', vocabulary(['global', 'context', 'entry']))).toBe('global context entry');
  });

  it.each(['Thank you for your contribution', 'How to give feedback', 'Installing the latest edge release', 'Upgrading to 2.0'])('"%s" is no part a release covers', (heading) => {
    expect(lexiconFor('en').genericHeading.test(heading)).toBe(true);
  });
});
