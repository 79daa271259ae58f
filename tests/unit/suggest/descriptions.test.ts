import { DEFAULT_SCHEMA } from '../../../src/core/schema/defaults';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { DESCRIPTION_FONT_PX, textWidth } from '../../../src/core/text/pixel-width';
import type { PostSchema } from '../../../src/core/schema/types';
import type { DescriptionSuggestion } from '../../../src/core/types';
import { capitalize, decorated } from './arbitraries';

const newsletter = readFileSync(new URL('../../fixtures/body/harbour-newsletter-may-2026.md', import.meta.url), 'utf8');

function suggest(text: string, schema?: Partial<PostSchema>): DescriptionSuggestion[] {
  return suggestDescriptions({ ...parsePost(text), schema: resolveSchema(schema), options: { rules: {}, extraTrackingParams: [] } });
}

const post = (title: string | undefined, body: string) => `---\n${title ? `title: "${title}"\n` : ''}date: 2026-01-01\n---\n${body}`;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Markdown syntax (emphasis, code, links, headings, tables, HTML), URLs, domains and e-mail addresses. */
const MARKUP_OR_URL = /[[\]<>*_`#|{}\\]|\]\(|https?:|www\.|\.(?:org|com|net|io|dev|app)\b|\S@\S/;

/** The limits every suggestion must respect, whatever the post. */
function expectWithinLimits(list: readonly DescriptionSuggestion[], max = DEFAULT_SCHEMA.descriptionMaxLength, min = DEFAULT_SCHEMA.descriptionMinLength, maxPx = DEFAULT_SCHEMA.descriptionMaxPixels, minPx = DEFAULT_SCHEMA.descriptionMinPixels) {
  for (const s of list) {
    expect(s.length).toBe([...s.text].length);
    expect(s.length).toBeLessThanOrEqual(max);
    // Long enough: the minimum in characters, or (wide scripts) the schema's minimum width, as the
    // description-length rule judges it (760 px by default, not the 761.5 px that 120/156 of 990 gives).
    expect(s.length >= min || s.pixels >= minPx).toBe(true);
    expect(textWidth(s.text, DESCRIPTION_FONT_PX)).toBeLessThanOrEqual(maxPx);
    expect(s.pixels).toBeCloseTo(textWidth(s.text, DESCRIPTION_FONT_PX), 2);
    expect(s.text).not.toMatch(LONE_SURROGATE);
    expect(s.text).not.toMatch(MARKUP_OR_URL);
    expect(s.text).not.toMatch(/(?:…|\.\.\.)$/);
    expect(s.text).toMatch(/[.!。！]["'”’)」]*$/u);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.how.length).toBeGreaterThan(0);
  }
}

describe('suggestDescriptions on a realistic newsletter', () => {
  const list = suggest(newsletter);

  it('offers at least three ranked candidates within the limits', () => {
    expect(list.length).toBeGreaterThanOrEqual(3);
    expectWithinLimits(list);
    const totals = list.map((s) => s.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(new Set(list.map((s) => s.text)).size).toBe(list.length);
  });

  it('takes each candidate from the post: its range holds the words it uses', () => {
    for (const s of list.filter((x) => x.source === 'sentences')) {
      const source = newsletter.slice(s.start, s.end).toLowerCase();
      const words = s.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
      const found = words.filter((w) => source.includes(w));
      expect(found.length / words.length).toBeGreaterThan(0.8);
    }
  });

  it('skips headings, calls to action, date lines and label lines', () => {
    const all = list.map((s) => s.text).join('\n');
    for (const junk of ['Spring Regatta Results Are In', 'WATCH', 'BOOK A PLACE', 'July 6 & 7', 'Booking Open', 'Key Dates', 'Upcoming Club Events']) expect(all).not.toContain(junk);
  });

  it('ranks first a candidate that carries the title’s key words and the post’s central terms', () => {
    expect(list[0]!.score.titleWords).toBeGreaterThan(0);
    expect(list[0]!.score.topic).toBeGreaterThan(0.3);
  });

  it('is deterministic, and the same for CRLF line endings (with ranges in the CRLF text)', () => {
    expect(suggest(newsletter)).toEqual(list);
    const crlf = newsletter.replace(/\n/g, '\r\n');
    const crlfList = suggest(crlf);
    expect(crlfList.map((s) => [s.text, s.score])).toEqual(list.map((s) => [s.text, s.score]));
    for (const s of crlfList.filter((x) => x.source === 'sentences')) expect(crlf.slice(s.start, s.end)).toContain(s.text.split(' ')[1]!);
  });

  it('honours the site schema’s limits', () => {
    const strict = suggest(newsletter, { descriptionMinLength: 100, descriptionMaxLength: 125, descriptionMaxPixels: 800 });
    expect(strict.length).toBeGreaterThan(0);
    expectWithinLimits(strict, 125, 100, 800);
  });
});

describe('suggestDescriptions ranking and text', () => {
  const filler = 'The crews trained on the river through the long and cold winter months before the racing season began again in the spring';
  const topical = 'Kayak polo players from the harbour met for the first regional tournament on the calm water of the old dock on Saturday';

  it('prefers the sentence with the title’s key words (stemmed, stop words ignored) over an earlier one', () => {
    const list = suggest(post('The Kayak Polo Tournaments', `${filler}.\n\n${topical}.\n`));
    expect(list[0]!.text.startsWith('Kayak polo players')).toBe(true);
    expect(list[0]!.score.titleWords).toBe(1); // kayak, polo, tournament(s)
    // The earlier filler sentence only scores title words through the start of the next one.
    const early = list.find((s) => s.text.startsWith('The crews trained'))!;
    expect(early.score.titleWords).toBeLessThan(1);
    expect(early.score.position).toBeGreaterThan(list[0]!.score.position);
  });

  it('keeps link text, drops URLs, images, code and HTML', () => {
    const body = `Members of the [Harbour Rowing Club](https://club.test/?utm_source=x) rowed ![boat](/b.png) <span>forty</span> kilometres along the coast to raise money for the lifeboat station this summer.\n\nRun \`npm test\` before you commit any change to the timing software used at the regatta finish line every year.\n`;
    const list = suggest(post(undefined, body));
    // The image and the tags go; the text between the tags stays; the code sentence is not offered.
    expect(list.map((s) => s.text)).toEqual(['Members of the Harbour Rowing Club rowed forty kilometres along the coast to raise money for the lifeboat station this summer.']);
    const long = suggest(post(undefined, body.replace('this summer.', 'this summer, with two support boats and a van full of sandwiches.')));
    expect(long.length).toBe(1);
    expect(long[0]!.text.startsWith('Members of the Harbour Rowing Club rowed')).toBe(true);
    expectWithinLimits(long);
  });

  it('does not offer a sentence with inline code at all', () => {
    const body = 'Run `npm test` before you commit any change to the timing software that the club uses at the regatta finish line every single year.\n';
    expect(suggest(post(undefined, body))).toEqual([]);
    expect(suggest(post(undefined, body.replace('`npm test`', 'the tests')))).toHaveLength(1); // control
  });

  it('pairs only neighbouring sentences, never across one it skipped', () => {
    const a = 'The crews rowed out past the lighthouse at dawn on the first day.';
    const b = 'They came back before the ferries started their morning runs.';
    expect(suggest(post(undefined, `${a} ${b}\n`)).map((s) => s.text)).toEqual([`${a} ${b}`]);
    expect(suggest(post(undefined, `${a} Photos are at https://photos.test/dawn today. ${b}\n`))).toEqual([]);
  });

  it('shortens a long sentence at a clause boundary instead of cutting it with "…"', () => {
    const long = `${topical}, with teams from four towns, a referee from the national federation and a crowd of families cheering from the quay.`;
    const [s] = suggest(post('Kayak polo', `${long}\n`));
    expect(s!.text).toBe(`${topical}.`);
    expect(s!.how).toContain('trailing clause dropped');
    expect(s!.score.clarity).toBeLessThan(1); // each step costs a little
  });

  it('drops a parenthetical and a leading discourse marker when that makes the sentence fit', () => {
    const body = 'Anyway, kayak polo players from the harbour (and a few from the canal club across town, who brought their own boats) met for the first regional tournament on the calm water of the old dock on Saturday afternoon.\n';
    const [s] = suggest(post('Kayak polo', body));
    expect(s!.text).toBe('Kayak polo players from the harbour met for the first regional tournament on the calm water of the old dock on Saturday afternoon.');
    expect(s!.how).toEqual(['sentence 1 of the post', 'opening words dropped', 'parenthetical dropped']);
  });

  it('handles curly quotes and characters outside the BMP without splitting them', () => {
    const body = `“Rowing is the best way to see the harbour,” says Morgan, who has coached the club’s 🚣 junior crews for more than twenty years now 🚣🚣🚣 and still rows.\n`;
    const list = suggest(post('Coaching juniors', body));
    expect(list.length).toBeGreaterThanOrEqual(1);
    expectWithinLimits(list);
    expect(list[0]!.text.startsWith('“Rowing')).toBe(true);
    // No emoji half (a lone surrogate) survives anywhere.
    for (const s of list) expect(s.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('skips sentences holding broken UTF-16 (a lone surrogate) rather than passing it on', () => {
    const body = 'The harbour \ud83d crews trained on the river through the long and cold winter months before the racing season began again in May.\n';
    expect(suggest(post(undefined, body))).toEqual([]);
    expect(suggest(post(undefined, body.replace('\ud83d ', '')))).toHaveLength(1); // control
  });

  it('never returns a copy of the title', () => {
    const sentence = 'The harbour rowing club trained all winter long on the river and is now ready for a busy season of racing and touring this year';
    const body = `${sentence}.\n`;
    // Control: with another title the sentence is a fine candidate…
    expect(suggest(post('Winter training', body)).map((s) => s.text)).toEqual([`${sentence}.`]);
    // …but not when it just repeats the title (case and punctuation aside).
    expect(suggest(post(sentence.toUpperCase(), body))).toEqual([]);
  });
});

describe('suggestDescriptions on posts with little or no prose', () => {
  it('returns nothing for empty, tiny, heading-only and list-fragment posts', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest(post('T', ''))).toEqual([]);
    expect(suggest(post('T', 'Hello there.\n'))).toEqual([]);
    expect(suggest(post('T', '# A heading that is long enough to be a description if it were a sentence in the body of the post\n'))).toEqual([]);
    expect(suggest(post('T', '* Now: Booking Open\n* June 20: Booking Closes\n* July 6: Camp Starts\n* Fees: forty pounds per rower per week including lunch and snacks\n'))).toEqual([]);
    const prose = 'This sentence is long enough to be a description, but inside a code block it must never be suggested for the post at all.';
    expect(suggest(post('T', `\`\`\`\n${prose}\n\`\`\`\n`))).toEqual([]);
    expect(suggest(post('T', `${prose}\n`))).toHaveLength(1); // control: the same text as prose
    const item = '* Fees: forty pounds per rower for each week of the camp, lunch included, with discounts for brothers, sisters and club members';
    expect(suggest(post('T', `${item}\n`))).toEqual([]); // a list fragment without final punctuation
    expect(suggest(post('T', `${item}.\n`))).toHaveLength(1); // control: the same item as a sentence
  });

  it('works without a title: title-word score is 0 and ranking falls back to the other parts', () => {
    const list = suggest(newsletter.replace(/^title:.*\n/m, '').replace(/^  title:.*\n/m, ''));
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const s of list) expect(s.score.titleWords).toBe(0);
    expectWithinLimits(list);
  });

  it('stays bounded on a 200 KB post', () => {
    const big = post('Harbour news', `${newsletter.split('---\n').slice(2).join('---\n')}\n`.repeat(90));
    expect(big.length).toBeGreaterThan(200_000);
    const list = suggest(big);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(5);
    expectWithinLimits(list);
  });
});

describe('suggestDescriptions properties', () => {
  const word = fc.constantFrom('harbour', 'rowing', 'Club', 'boats', 'the', 'and', 'of', 'crew', 'señor', 'naïve', '🚣', 'éclair', 'tide', 'a', 'regatta', 'volunteers', 'winter', '“quoted”', 'it’s', '2026', 'x'.repeat(40));
  const sentence = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '!', '?', '…', '', ','))
    .map(([ws, end]) => `${capitalize(ws.join(' '))}${end}`);
  const decoratedSentence = decorated(sentence, ['plain', 'link', 'bold', 'code', 'list', 'heading', 'url']);
  const body = fc.array(fc.array(decoratedSentence, { minLength: 1, maxLength: 5 }), { maxLength: 12 }).map((ps) => ps.map((p) => p.join(' ')).join('\n\n'));
  const eol = fc.constantFrom('\n', '\r\n');

  it('every suggestion respects the limits, is markup- and URL-free, and the output is deterministic', () => {
    let postsWithSuggestions = 0;
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), body, eol, (title, text, newline) => {
        const full = post(title?.replace(/["\\\n\r]/g, ''), text).replace(/\n/g, newline);
        const list = suggest(full);
        expectWithinLimits(list);
        expect(list.length).toBeLessThanOrEqual(5);
        for (const s of list) expect(s.end).toBeLessThanOrEqual(full.length);
        expect(suggest(full)).toEqual(list);
        if (list.length) postsWithSuggestions++;
      }),
      { numRuns: 120 },
    );
    // The generator must really exercise the cutting and limits, not only produce empty results.
    expect(postsWithSuggestions).toBeGreaterThan(10);
  }, 60_000);
});
