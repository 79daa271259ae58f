import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { detectLanguage } from '../../../src/core/suggest/language';
import type { PostSchema } from '../../../src/core/schema/types';
import type { DescriptionSuggestion } from '../../../src/core/types';

function suggest(text: string, schema?: Partial<PostSchema>): DescriptionSuggestion[] {
  return suggestDescriptions({ ...parsePost(text), schema: resolveSchema(schema), options: { rules: {}, extraTrackingParams: [] } });
}
const post = (title: string, body: string) => `---\ntitle: "${title}"\n---\n${body}`;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/suggest/${name}`, import.meta.url), 'utf8');

const lead = 'The harbour rowing club opened its new boathouse on the north quay this spring, with room for twelve boats and a heated changing room.';
const second = 'Junior crews now train there three evenings a week, and the masters squad uses it for early sessions before work on weekdays.';
const third = 'The building was paid for by a grant from the city and by five years of cake sales, raffles and sponsored rows along the coast.';

describe('what is never suggested', () => {
  it('no meta sentences (where the post was first published, photo credits)', () => {
    const meta = 'This letter was originally published in our 2025 annual report for the members and sponsors of the harbour rowing club.';
    const photo = 'Photo by Morgan Ellis, who has taken pictures of the harbour rowing club’s regattas and crews for more than ten years now.';
    const list = suggest(post('Boathouse', `${meta}\n\n${photo}\n\n${lead}\n`));
    expect(list.map((s) => s.text)).toEqual([lead]);
  });

  it('no questions, no calls to action, no text the author cut off with "…"', () => {
    const question = 'Have you ever wondered how a rowing club with no money at all builds a new boathouse on the north quay in just one year?';
    const cta = 'Please join us for the opening party on Saturday and bring your family, your friends and your neighbours from the harbour.';
    const cut = 'The harbour rowing club opened its new boathouse on the north quay this spring, with room for twelve boats and more…';
    const list = suggest(post('Boathouse', `${question}\n\n${cta}\n\n${cut}\n\n${lead}\n`));
    expect(list.map((s) => s.text)).toEqual([lead]);
  });

  it('no inline code proper, while a name in code font reads as a word', () => {
    const code = 'Run `npm run build -- --prod` before you deploy the timing software that the club uses at the regatta finish line.';
    expect(suggest(post('T', `${code}\n`))).toEqual([]);
    const name = 'The timing software now uses `performance.now` for every split, so the results at the regatta finish line are finally exact.';
    expect(suggest(post('T', `${name}\n`)).map((s) => s.text)).toEqual([name.replace(/`/g, '')]);
  });
});

describe('what ranks first', () => {
  it('a self-contained sentence over one that leans on its neighbour ("This…", "It…")', () => {
    const anaphoric = 'It has room for twelve boats and a heated changing room, and the junior crews already train there three evenings a week.';
    const list = suggest(post('The new boathouse', `${anaphoric}\n\n${lead}\n`));
    expect(list[0]!.text).toBe(lead);
    expect(list.find((s) => s.text === anaphoric)!.score.clarity).toBeLessThan(1);
  });

  it('a sentence about the post’s subject (title words, central terms) over an earlier aside', () => {
    const aside = 'The weather was kind to us all weekend and the café on the corner of the square stayed open late for everyone who came along.';
    const list = suggest(post('Harbour boathouse opens for junior crews', `${aside}\n\n${lead} ${second}\n\n${third}\n`));
    expect(list[0]!.text.startsWith('The harbour rowing club opened its new boathouse')).toBe(true);
    expect(list[0]!.score.titleWords).toBeGreaterThan(list.find((s) => s.text.startsWith('The weather'))?.score.titleWords ?? 0);
  });

  it('for a roundup: what it covers, named from its section headings', () => {
    const body = [
      'Here is what happened at the club this month.',
      '## New boathouse on the north quay',
      `${lead}`,
      '## Junior camp dates for the summer',
      'The camp runs for a week in July with qualified coaches and two safety launches on the water at all times.',
      '## A second safety launch',
      'The club bought a second launch with money from the spring raffle and a grant from the harbour trust.',
      '## Coaching course for parents',
      'Parents can now learn to cox and to drive the launch in a short course on two Saturday mornings in June.',
    ].join('\n\n');
    const list = suggest(post('Harbour Rowing Club news, June 2026', body));
    expect(list[0]!.source).toBe('headings');
    expect(list[0]!.text).toMatch(/new boathouse on the north quay, junior camp dates for the summer, a second safety launch and coaching course for parents\.$/i);
    expect(list[0]!.score.form).toBeGreaterThan(0.5);
  });

  it('the seed newsletter gets a description about the issue (its sections), not about member organizations', () => {
    const seed = fixture('../body/harbour-newsletter-may-2026.md');
    const top = suggest(seed)[0]!;
    expect(top.text).not.toMatch(/member organizations|sponsors/i);
  });
});

describe('at least three distinct suggestions for a post with a few paragraphs of prose', () => {
  it('gives three or more, each starting from a different place or saying something else', () => {
    const body = `${lead} ${second}\n\n${third}\n\nThe opening party is on the first Saturday of June, and the mayor will name the first new boat after the club's founder.\n`;
    expect(body.length).toBeGreaterThan(300);
    const list = suggest(post('Boathouse', body));
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(new Set(list.map((s) => s.text)).size).toBe(list.length);
  });
});

describe('languages: each post gets suggestions in its own language', () => {
  const words: Record<string, RegExp> = { es: /\b(?:el|la|los|las|de|para|que)\b/, pt: /\b(?:o|os|as|de|para|que|uma?)\b/, fr: /\b(?:le|la|les|de|des|pour|que)\b/, de: /\b(?:die|der|das|und|für|ist)\b/, ja: /[\u3040-\u309f]/, zh: /[\u4e00-\u9fff]/ };
  for (const lang of Object.keys(words)) {
    it(lang, () => {
      const text = fixture(`${lang}.md`);
      expect(detectLanguage(text)).toBe(lang);
      const list = suggest(text);
      expect(list.length).toBeGreaterThanOrEqual(lang === 'ja' ? 2 : 3);
      for (const s of list) {
        expect(s.text).toMatch(words[lang]!);
        expect(detectLanguage(s.text)).toBe(lang);
      }
    });
  }

  it('CJK suggestions are judged by width: well under 120 characters, within the pixel limits', () => {
    const { descriptionMaxPixels, descriptionMinPixels } = resolveSchema();
    const list = suggest(fixture('zh.md'));
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s.length).toBeLessThan(120);
      expect(s.pixels).toBeLessThanOrEqual(descriptionMaxPixels);
      expect(s.pixels).toBeGreaterThanOrEqual(descriptionMinPixels);
    }
  });
});
