/**
 * Issue #12 ("suggestions stay within today's budget"): typing in the title re-scores the body's
 * remembered work (body-work.ts) instead of reading the sentences again. What it must never do:
 * give anything else than a first reading of the post with that title would.
 */
import { describe, expect, it, vi } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { bodyWorkFor, type BodyInput } from '../../../src/core/suggest/body-work';
import { suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { lexiconFor } from '../../../src/core/suggest/language';
import { DROPPED, headingsOf, proseUnits, sourceOffset } from '../../../src/core/suggest/prose';
import { splitUnit, type Sentence } from '../../../src/core/suggest/sentences';

type Suggest = typeof suggestDescriptions;
const ctxOf = (md: string) => ({ ...parsePost(md), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
const post = (title: string, body: string) => `---\ntitle: "${title}"\n---\n${body}`;

/** The suggester as a new panel has it: nothing remembered from earlier calls. */
async function freshSuggester(): Promise<Suggest> {
  vi.resetModules();
  return (await import('../../../src/core/suggest/descriptions')).suggestDescriptions;
}

const rowplyr = [
  'We are happy to announce rowplyr 2.4.0. rowplyr is a timing backend for rowing clubs that lets coaches record every crew at the finish line of a regatta.',
  'rowplyr now produces the split times of every boat at each marker along the river, so coaches can compare junior crews from one weekend to the next.',
  'rowplyr also publishes the results of each race on the club noticeboard within a minute of the last boat crossing the finish line of the course.',
].join('\n\n');

const tutorial = [
  'Rigging a sculling boat takes an afternoon, and the spread of the riggers decides how the blades meet the water at the catch.',
  'In this guide, we set the spread, the pitch of each gate and the height of the work (measured from the seat) for a junior crew.',
  'You need a tape measure, a pitch meter and the two spanners that came with the boat.',
  'The spread is the distance from the centre line of the boat to the pin, and it sets the leverage of each stroke.',
  'Junior crews row with a wider spread than seniors, which makes the blade lighter through the drive.',
].join('\n\n');

const roundup = [
  'Another busy month on the river for the harbour rowing club.',
  '## Winter regatta results',
  'Nine clubs raced over two kilometres last Saturday, and our junior eight won the final by a length.',
  '## New boats for the juniors',
  'Two new sculling boats arrived for the junior squad, paid for by the spring fundraiser.',
  '## Volunteers wanted for the boat park',
  'The boat park needs two volunteers on Sunday mornings to help crews carry their boats to the pontoon.',
  '## Coaching course in March',
  'Our head coach runs a three-evening course for new coaches, with a session on the water.',
].join('\n\n');

describe('a title typed after the body was read', () => {
  const cases: Array<[name: string, body: string, titles: string[]]> = [
    // The lower-case name reaches the body's work: a sentence may start with "rowplyr" only once the title names it.
    ['a tool named in lower case', rowplyr, ['Timing news from the harbour', 'rowplyr 2.4.0', 'rowplyr 2.4.0 is out', 'Timing news']],
    ['a tutorial', tutorial, ['Rigging a sculling boat', 'Rigging a sculling boat for juniors', 'How to rig a sculling boat', 'Spread and pitch']],
    ['a roundup', roundup, ['Harbour rowing news', 'Harbour rowing news: March', 'Harbour rowing club newsletter #12', '']],
  ];
  for (const [name, body, titles] of cases) {
    it(`${name}: every title gets what a first reading of the post gives`, async () => {
      const typed = await freshSuggester();
      for (const title of titles) {
        const md = post(title, body);
        const afterEdits = typed(ctxOf(md));
        const first = (await freshSuggester())(ctxOf(md));
        expect(afterEdits.length).toBeGreaterThan(0);
        expect(afterEdits).toEqual(first);
      }
    });
  }

  it('a sentence starting with the title’s lower-case name is offered once the title names it', async () => {
    const typed = await freshSuggester();
    const starts = (title: string) => typed(ctxOf(post(title, rowplyr))).filter((s) => s.text.startsWith('rowplyr')).length;
    expect(starts('Timing news from the harbour')).toBe(0);
    expect(starts('rowplyr 2.4.0')).toBeGreaterThanOrEqual(2);
  });
});

describe('bodyWorkFor', () => {
  const input = (body: string, names: string[] = []): BodyInput => {
    const parsed = parsePost(post('', body));
    const units = proseUnits(parsed.body, 2_500);
    const sentences: Sentence[] = [];
    units.forEach((u, i) => splitUnit(u.text, i, sentences, 80));
    return { limits: { minLength: 120, maxLength: 156, maxPixels: 990 }, units, sentences, headings: [], lang: 'en', lex: lexiconFor('en'), names: new Set(names), everySentence: false };
  };

  it('is remembered under the body’s key, whatever the title brings that the sentences do not use', () => {
    const work = bodyWorkFor('tutorial', input(tutorial));
    expect(work.runs.length).toBeGreaterThan(0);
    expect(bodyWorkFor('tutorial', input(tutorial, ['npm']))).toBe(work);
    expect(bodyWorkFor('tutorial', { ...input(tutorial), everySentence: true })).not.toBe(work);
  });

  it('is worked out again when a name the title brings starts one of its sentences', () => {
    const without = bodyWorkFor('rowplyr', input(rowplyr));
    const named = bodyWorkFor('rowplyr', input(rowplyr, ['rowplyr']));
    expect(named).not.toBe(without);
    const startsWithName = (w: typeof named) => w.runs.filter((d) => d.candidate.text.startsWith('rowplyr')).length;
    expect(startsWithName(without)).toBe(0);
    expect(startsWithName(named)).toBeGreaterThan(0);
  });
});

describe('blocks read again while someone types', () => {
  const unitTexts = (md: string) => proseUnits(parsePost(md).body, 10_000).map((u) => u.text);

  it('a reference link reads as its text only while its definition is in the post', () => {
    const para = 'Read [the rigging guide][rig] before the first outing of the season on the river.';
    expect(unitTexts(`${para}\n\n[rig]: https://club.test/rig\n`)[0]).toBe('Read the rigging guide before the first outing of the season on the river.');
    // The same paragraph (the same source), its definition gone: marked leaves the brackets as written.
    expect(unitTexts(`${para}\n\n[boats]: https://club.test/boats\n`)[0]).toBe(para);
  });

  it('an item of a loose task list reads without its box, a paragraph of the same source with it', () => {
    const item = 'Install the rigging kit before the first outing of the season.';
    const tasks = `- [ ] ${item}\n\n- [ ] Check the pitch of every gate with the new meter.\n`;
    // marked gives the item's paragraph the source "[ ] Install…" too, but reads its text without the box.
    for (let round = 0; round < 2; round++) {
      expect(unitTexts(tasks)[0]).toBe(item);
      expect(unitTexts(`[ ] ${item}\n`)[0]).toBe(`[ ] ${item}`);
    }
  });

  it('a bare address reads as a link, or not after an unclosed <a> above it (marked carries that state across blocks)', () => {
    const para = 'Visit https://club.test/rigging before the first outing of the season on the river.';
    const alone = `${para}\n`;
    const afterOpenLink = `Join <a href="/join">the club here.\n\n${para}\n`;
    for (const order of [[alone, afterOpenLink], [afterOpenLink, alone]]) {
      for (const md of order) {
        const text = unitTexts(md).at(-1)!;
        // A link whose text is an address is dropped (DROPPED marks where); plain text keeps it.
        if (md === alone) expect(text).toBe(`Visit ${DROPPED} before the first outing of the season on the river.`);
        else expect(text).toBe(para);
      }
    }
  });

  it('so does a heading (its remembered text is keyed by the definitions too)', () => {
    const headings = (md: string) => headingsOf(parsePost(md).body).map((h) => h.text);
    expect(headings('## Boats from [the yard][yard]\n\nText.\n\n[yard]: https://club.test/yard\n')).toEqual(['Boats from the yard']);
    expect(headings('## Boats from [the yard][yard]\n\nText.\n\n[oars]: https://club.test/oars\n')).toEqual(['Boats from [the yard][yard]']);
  });

  it('each character of a remembered block maps to its place in the new parse (links, inline code after its backtick, a block past the read limit)', () => {
    const words = Array.from({ length: 520 }, (_, i) => (i % 7 === 0 ? `[oar ${i}](https://club.test/${i})` : i % 11 === 0 ? `\`rig${i}\`` : i % 13 === 0 ? `**crew ${i}**` : `boat${i}`));
    const para = `${words.join(' ')}.`;
    for (const intro of ['First.', 'A longer first paragraph, typed above the long one.']) {
      const md = `${intro}\n\n${para}\n`;
      const body = parsePost(md).body;
      const unit = proseUnits(body, 100_000)[1]!;
      expect(unit.text.length).toBeGreaterThan(3_000);
      for (let i = 0; i < unit.text.length; i += 37) {
        const at = sourceOffset(body, unit, i);
        if (unit.text[i] !== ' ' && at !== undefined) expect(md[at]).toBe(unit.text[i]);
      }
      // The last characters read still map (their tokens come after many others).
      const last = unit.text.length - 2;
      expect(md[sourceOffset(body, unit, last)!]).toBe(unit.text[last]);
    }
  });

  it('source ranges follow a paragraph moved by typing above it', async () => {
    const typed = await freshSuggester();
    const body = (intro: string) => `${intro}\n\n${tutorial}`;
    for (const intro of ['Notes.', 'Notes for the new season, written after the first outing on the river.', 'N.']) {
      const md = post('Rigging a sculling boat', body(intro));
      const list = typed(ctxOf(md));
      expect(list).toEqual((await freshSuggester())(ctxOf(md)));
      for (const s of list.filter((x) => x.source === 'sentences' && !x.how.includes('title first'))) {
        // A shortened sentence keeps its last words; its range ends where they do.
        const lastWords = s.text.replace(/[.!?]$/, '').split(' ').slice(-2).join(' ');
        expect(md.slice(s.start, s.end)).toContain(lastWords);
      }
    }
  });

  it('a unit’s sentences are the same whether the cap cuts them or not, and point at the unit they are read from', () => {
    const text = 'One rower. Two rowers. Three rowers. Four rowers.';
    const capped: Sentence[] = [{ text: 'x', unit: 0, from: 0, to: 1 }];
    splitUnit(text, 3, capped, 3);
    const whole: Sentence[] = [];
    splitUnit(text, 5, whole, 100);
    expect(capped.slice(1)).toEqual(whole.slice(0, 2).map((s) => ({ ...s, unit: 3 })));
    expect(whole.map((s) => s.text.trim())).toEqual(['One rower.', 'Two rowers.', 'Three rowers.', 'Four rowers.']);
    expect(whole.every((s) => s.unit === 5)).toBe(true);
  });
});
