import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { scoredCandidates, suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { HOW_TO_TITLE } from '../../../src/core/suggest/post-kind';
import { plainForm, titleLeads } from '../../../src/core/suggest/title-lead';

const words = (...ws: string[]) => (w: string) => ws.includes(w);
const same = (t: string) => t;

describe('title leads', () => {
  it('turns a gerund title into what the reader learns, with the verb form the post itself uses', () => {
    const leads = titleLeads('Rigging a Racing Shell for Juniors', 'en', words('rig', 'shell'), (t) => t.toLowerCase().replace('juniors', 'Juniors'));
    expect(leads.map((l) => l.text)).toEqual(['How to rig a racing shell for Juniors.', 'Rigging a Racing Shell for Juniors:']);
    expect(plainForm('integrating', words('integrate'))).toBe('integrate');
    expect(plainForm('building', words('build'))).toBe('build');
    expect(plainForm('mixing', words('mix'))).toBe('mix');
    // Never made up: the post must use the word.
    expect(plainForm('rigging', words())).toBeUndefined();
  });

  it('does not turn news into a how-to, and leaves out series numbers and titles that already have a colon', () => {
    expect(titleLeads('Announcing Timing App 7', 'en', words('announce'), same).map((l) => l.kind)).toEqual(['title']);
    expect(titleLeads('#12 - Rowing in winter', 'en', words(), same)[0]!.text).toBe('Rowing in winter:');
    expect(titleLeads('Timing App 7: faster results', 'en', words(), same)).toEqual([]);
    expect(titleLeads('A title that goes on and on about the harbour, the rowing club, its crews and all of their boats', 'en', words(), same)).toEqual([]);
  });

  it('gives no lead that the added colon turns into something like an address (fast-check found "AA@" → "AA@: …")', () => {
    expect(titleLeads('AA@', 'en', words(), same)).toEqual([]);
    expect(titleLeads('Crew list', 'en', words(), same).map((l) => l.text)).toEqual(['Crew list:']);
  });

  it('a CJK post takes the full-width colon after its title, whatever the title ends with', () => {
    expect(titleLeads('港口新功能（版本 110）', 'zh', words(), same).map((l) => l.text)).toEqual(['港口新功能（版本 110）：']);
    expect(titleLeads('ハーバー Timer 2', 'ja', words(), same).map((l) => l.text)).toEqual(['ハーバー Timer 2：']);
    expect(titleLeads('港口时刻表', 'en', words(), same).map((l) => l.text)).toEqual(['港口时刻表：']);
  });

  it('a post gets a candidate made of its title and a sentence that does not repeat it', () => {
    const body = [
      'Every junior crew at the harbour club starts the season in a stable training boat before moving on to a racing shell.',
      'The coaches set the foot stretchers, the rigger height and the oar length for each rower before the first outing on the river.',
      'Most clubs keep a written record of these settings so that the next crew can row the same boat without starting again.',
    ].join('\n\n');
    const list = suggestDescriptions({ ...parsePost(`---\ntitle: Rigging a Racing Shell for Juniors\n---\n${body}`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
    const led = list.filter((s) => s.how[0] === 'title first' || s.how[0] === 'title as how-to');
    expect(led.length).toBeGreaterThan(0);
    for (const s of led) expect(s.text).toMatch(/^(?:Rigging a Racing Shell for Juniors: |How to rig a racing shell for juniors\. )\p{Lu}/u);
  });
});

describe('after the title, a sentence in Spanish, Portuguese or French goes on in lower case', () => {
  const ledOf = (title: string, sentences: string[]) => {
    const list = suggestDescriptions({ ...parsePost(`---\ntitle: ${title}\n---\n${sentences.join('\n\n')}\n`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
    return list.filter((s) => s.how[0] === 'title first').map((s) => s.text);
  };

  it('lowers its first word when the post writes that word in lower case, and keeps names', () => {
    const es = [
      'Ahora puedes exportar los resultados de la regata a la hoja de cálculo del club con un solo clic desde el panel.',
      'El cronómetro del puerto guarda ahora cada salida y cada llegada aunque la conexión se corte en mitad del agua.',
      'Harbour Timer muestra las mareas de cada puerto de la costa y avisa a las tripulaciones antes de cada salida.',
    ];
    const led = ledOf('Novedades del cronómetro del puerto', es);
    expect(led.some((t) => t.startsWith('Novedades del cronómetro del puerto: ahora puedes exportar'))).toBe(true);
    expect(led.filter((t) => /: \p{Lu}/u.test(t) && !t.includes(': Harbour Timer'))).toEqual([]);
    // English keeps the capital, as before.
    const en = ledOf('Harbour timer news', ['Crews can export the regatta results to the club spreadsheet with a single click from the panel, which keeps every race.']);
    expect(en.length).toBeGreaterThan(0);
    for (const t of en) expect(t).toMatch(/: Crews can/);
  });
});

describe('what a title is not put in front of', () => {
  const ledOf = (title: string, sentences: string[]) => {
    const list = suggestDescriptions({ ...parsePost(`---\ntitle: ${title}\n---\n${sentences.join('\n\n')}\n`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
    return list.filter((s) => s.how[0] === 'title first').map((s) => s.text);
  };
  const plain = 'Every junior crew at the harbour club starts the season in a stable training boat before moving on to a racing shell.';

  it('a sentence addressed to the reader ("You may well…"): after the title it reads like an aside out of context', () => {
    const toReader = 'You may well disagree with the way the coaches set up the boats, which is fine, and we can talk about it at the club.';
    const led = ledOf('Winter Training on the River', [plain, toReader]);
    expect(led.some((t) => t.includes(plain))).toBe(true);
    expect(led.filter((t) => t.includes('You may well'))).toEqual([]);
  });

  it('a sentence with a colon of its own ("Title: one thing: another" reads as two labels)', () => {
    const colon = 'In a lot of ways the answer is simple: the crews that row most often in the winter are the ones that win in the spring.';
    const led = ledOf('Winter Training on the River', [plain, colon]);
    expect(led.some((t) => t.includes(plain))).toBe(true);
    expect(led.filter((t) => t.includes('the answer is simple'))).toEqual([]);
  });
});

describe('title-led candidates are ranked by their sentence', () => {
  it('the title in front does not lift a sentence about something else above one about the title', () => {
    const off = 'The crews trained on the river through the long and cold winter months before the racing season began again in the spring.';
    const on = 'Kayak polo players from the harbour met for the first regional tournament on the calm water of the old dock on Saturday.';
    const list = suggestDescriptions({ ...parsePost(`---\ntitle: Kayak Polo Tournaments\n---\n${off}\n\n${on}\n`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
    const led = list.find((s) => s.text.startsWith('Kayak Polo Tournaments: The crews'))!;
    expect(led).toBeDefined();
    expect(led.score.titleWords).toBeLessThan(1);
    expect(list[0]!.text.startsWith('Kayak polo players')).toBe(true);
  });

  it('a sentence opening with words a description does without ("In this release,") costs as much after the title', () => {
    const marked = 'In this release, the timing app records the split times of every crew at each marker from the pontoon to the bridge.';
    const other = 'Coaches asked for split times at the markers last season, and the club volunteers tested the new app on the water all through the winter.';
    const list = scoredCandidates({ ...parsePost(`---\ntitle: Regatta season\n---\n${other}\n\n${marked}\n`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } }, 'offered');
    const led = list.find((s) => s.text === `Regatta season: ${marked}`);
    expect(led).toBeDefined();
    // The title costs 0.2 on top of the opening marker's 0.2 (and a step's 0.04): the marker is not hidden behind it.
    expect(led!.score.clarity).toBe(0.56);
  });
});

describe('tutorials are not roundups', () => {
  it('knows a how-to title in the languages the suggester reads', () => {
    for (const t of ['How to rig a racing shell', 'A beginner’s guide to sculling', 'Cómo remar en invierno', 'Comment régler un bateau', 'Wie man ein Boot trimmt', '如何在二十分钟内安装计时系统', 'ボートを調整する方法']) expect(HOW_TO_TITLE.test(t)).toBe(true);
    for (const t of ['Harbour news: May', 'Timing App 7 released', 'How the club won the regatta']) expect(HOW_TO_TITLE.test(t)).toBe(false);
  });

  it('a how-to post with many step headings is described by a sentence, not by its headings', () => {
    const steps = ['Unload the boat', 'Set the foot stretchers', 'Adjust the rigger height', 'Choose the oar length', 'Check the gates', 'Launch from the pontoon'];
    const body = [
      'Rigging a racing shell for a junior crew takes about twenty minutes once the coach knows which settings matter for young rowers.',
      ...steps.flatMap((h) => [`## ${h}`, `The coach does this step with the crew watching, so that every rower learns why the setting matters for the boat.`, '- a spanner for the rigger nuts and bolts\n- a tape measure for the heights and spreads\n- the club notebook for the settings of each crew']),
    ].join('\n\n');
    const list = suggestDescriptions({ ...parsePost(`---\ntitle: How to rig a racing shell for juniors\n---\n${body}`), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s) => s.source === 'sentences')).toBe(true);
  });
});
