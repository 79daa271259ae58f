/**
 * Issue #12: every post with 300+ characters of prose gets three distinct suggestions. One test
 * per cause found on the evaluation corpus (posts that got fewer), each on a post written for it.
 */
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { composeRoundup } from '../../../src/core/suggest/compose';
import { cjkTailCuts, dropCodeAppositive, dropAsides, tailCuts, variantsOf } from '../../../src/core/suggest/compress';
import { lowerCaseNames } from '../../../src/core/suggest/casing';
import { statementOf, suggestDescriptions } from '../../../src/core/suggest/descriptions';
import { lexiconFor } from '../../../src/core/suggest/language';
import { DROPPED, headingsOf, proseUnits } from '../../../src/core/suggest/prose';
import { isUnpunctuatedClause, splitUnit, type Sentence } from '../../../src/core/suggest/sentences';
import { readPost } from './read-post';

const en = lexiconFor('en');
const suggest = (md: string) => suggestDescriptions({ ...parsePost(md), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } });
const distinct = (md: string) => new Set(suggest(md).map((s) => s.text)).size;
const post = (title: string, body: string) => `---\ntitle: "${title}"\n---\n${body}`;

describe('fragments do not use up what is read', () => {
  // A table of contents and a schedule of talks: 30 lines that are no sentences, before the prose.
  const schedule = Array.from({ length: 30 }, (_, i) => `- ${String(i + 1).padStart(2, '0')}:00 - Talk number ${i + 1} on rowing`).join('\n');
  const prose = [
    'The harbour rowing club held its winter regatta on the river last Saturday, with crews from nine clubs racing over two kilometres.',
    'Junior crews raced in the morning heats and the senior eights took the afternoon finals in a strong headwind along the quay.',
    'The new timing system recorded every crew at the finish line and published the results on the club noticeboard within minutes.',
    'Volunteers from the club ran the launch, the catering and the boat park, and the coaches thanked them at the prize giving.',
  ].join('\n\n');

  it('reads the prose after 30 schedule lines and offers three suggestions', () => {
    expect(distinct(post('Winter regatta schedule', `${schedule}\n\n${prose}`))).toBeGreaterThanOrEqual(3);
  });

  it('skips static-site template tags: they are not prose', () => {
    const md = `{% include "banner.html" %}\n\n{{< youtube id="abc" >}}\n\n{# a comment #}\n\nThe crews trained all winter.`;
    const units = proseUnits(parsePost(md).body, 10_000);
    expect(units.map((u) => u.text)).toEqual(['The crews trained all winter.']);
  });
});

describe('list items that are statements', () => {
  it('recognizes a complete statement without its period, not names, titles or labels', () => {
    expect(isUnpunctuatedClause('Hot module reloading is now supported in the harbour timing app')).toBe(true);
    expect(isUnpunctuatedClause('Regatta Planner lets clubs share their race schedules with each other')).toBe(true);
    expect(isUnpunctuatedClause('Simple and Sustainable Rowing Programmes for Coastal Clubs with Volunteers')).toBe(false); // a talk title
    expect(isUnpunctuatedClause('Junior crews')).toBe(false);
    expect(isUnpunctuatedClause('12:31 - How the club is run by its volunteers today')).toBe(false);
    expect(isUnpunctuatedClause('Step 2: the crew is ready to launch the boat now')).toBe(false);
  });

  it('gives such a list item a period, and leaves fragments out', () => {
    const { units, sentences: out } = readPost('- Hot module reloading is now supported in the harbour timing app\n- Junior crews');
    expect(statementOf(out[0]!, units[0]!)?.text).toBe('Hot module reloading is now supported in the harbour timing app.');
    expect(statementOf(out[1]!, units[1]!)).toBeUndefined();
  });

  it('never glues a change\'s name and credit line to the sentence under it (release notes with hard line breaks)', () => {
    const change = (name: string, n: number, text: string) => `- **${name}** (#${n}) by @tide-keeper  \n  ${text}`;
    const md = post(
      'Timing app 2.1',
      [
        'The timing app 2.1 brings a faster finish camera, shared regatta plans and quicker results for every club on the river.',
        '',
        change('Faster finish camera', 88, 'The finish line camera now records every crew at sixty frames a second, so the judges can settle photo finishes.'),
        change('Shared plans', 91, 'Clubs can now share their race schedules, crews and boat allocations with each other before a regatta.'),
        change('Quicker results', 93, 'Results are now published on the club noticeboard within a minute of each race, with the split times of every crew.'),
      ].join('\n'),
    );
    const list = suggest(md);
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const s of list) expect(s.text).not.toMatch(/@tide-keeper|#\d/);
  });

  it('ends a list item written as part of one sentence with a period, not with its separator', () => {
    const md = [
      '- Crews can train on the river with the real boats, from the launch slipway to the finish buoys;',
      '- Race the clock on every stretch of the course until the crew is sure of its line; and',
      '- El club tiene botes nuevos para entrenar cada mañana en el río, y',
    ].join('\n');
    const { units, sentences: out } = readPost(md);
    expect(out.map((s, i) => statementOf(s, units[i]!)?.text)).toEqual([
      'Crews can train on the river with the real boats, from the launch slipway to the finish buoys.',
      'Race the clock on every stretch of the course until the crew is sure of its line.',
      'El club tiene botes nuevos para entrenar cada mañana en el río.',
    ]);
  });

  it('a release post whose news are unpunctuated list items gets three suggestions', () => {
    const md = post(
      'Timing app 2.0',
      [
        'The timing app had a busy month.',
        '- The finish line camera now records every crew at sixty frames a second, so the judges can settle the closest photo finishes',
        '- Regatta Planner lets clubs share their race schedules, their crews and their boat allocations with each other before a regatta',
        '- Results are now published on the club noticeboard within a minute of each race finishing, with the split times of every crew',
        '- Coaches can export the times of every junior crew to a spreadsheet after training and compare them from one week to the next',
      ].join('\n'),
    );
    expect(distinct(md)).toBeGreaterThanOrEqual(3);
  });
});

describe('sentences holding code', () => {
  it('drops code named after a comma at the end of a sentence', () => {
    expect(dropCodeAppositive(`R 4.1 introduced a native pipe operator, ${DROPPED}.`)).toBe('R 4.1 introduced a native pipe operator.');
    expect(dropCodeAppositive(`The club uses two commands, such as ${DROPPED} and ${DROPPED}, to launch.`)).toBe('The club uses two commands to launch.');
    // Code inside the clause stays (and keeps the sentence out of the suggestions).
    expect(dropCodeAppositive(`Run ${DROPPED} before the race.`)).toBe(`Run ${DROPPED} before the race.`);
  });

  it('a post whose sentences name code at their ends still gets three suggestions', () => {
    const body = [
      'The timing library 4.1 introduced a new way to record the finish of every crew at the regatta, from the junior sculls to the senior eights, `record(crew, time)`.',
      'The library also stores the split times of every boat at each five hundred metre marker along the river, so coaches see where a race was won, `splits()`.',
      'Coaches compare the split times of their junior crews from one weekend to the next to plan the training of the coming month, `compare(a, b)`.',
      'The results of each race are shown on the big screen at the finish line a few seconds after the last boat has crossed it, `show()`.',
    ].join('\n\n');
    expect(distinct(post('Timing library 4.1', body))).toBeGreaterThanOrEqual(3);
  });
});

describe('dashes typed as -- or ---', () => {
  it('are shown as one dash, and a clause after one can be dropped', () => {
    const s = 'There is no need to choose one boat or the other --- you can row the single on calm days and take the double when the wind is up.';
    expect(tailCuts(s, en)).toContain('There is no need to choose one boat or the other.');
    expect(variantsOf(s, 'en', en)[0]!.text).toContain('other — you');
    expect(dropAsides('The regatta -- the first since 2019 -- drew 300 rowers.', 'en', en)).toBe('The regatta drew 300 rowers.');
  });
});

describe('Chinese and Japanese sentences a little too wide', () => {
  it('end earlier at a full-width comma when enough is kept', () => {
    expect(cjkTailCuts('俱乐部的新计时系统已经正式发布了，作为一款简单易用的工具，可以记录每一条赛艇的成绩。')).toEqual(['俱乐部的新计时系统已经正式发布了，作为一款简单易用的工具。', '俱乐部的新计时系统已经正式发布了。']);
    expect(cjkTailCuts('上个月，发布了。')).toEqual([]);
  });

  it('lose a leading time or discourse marker (上个月，简单来说，)', () => {
    const zh = lexiconFor('zh');
    const out = variantsOf('简单来说，俱乐部通过新的计时系统记录每一条赛艇的成绩。', 'zh', zh).map((v) => v.text);
    expect(out).toContain('俱乐部通过新的计时系统记录每一条赛艇的成绩。');
  });

  it('a Chinese post of long sentences gets three suggestions', () => {
    const body = [
      '上个月，港口赛艇俱乐部的新计时系统正式发布了，作为一款简单易用且高度可扩展的成绩管理工具，可以说是每一位教练和每一位志愿者用来安排训练和比赛的好帮手。',
      '简单来说，新系统通过终点的摄像头记录每一条赛艇的时间，俱乐部的志愿者通过公告板发布每一场比赛的成绩，教练再通过电子表格比较每一位队员每周的训练成绩。',
      '那么本文就以一个实际的例子，讲解一下如何在二十分钟内，为你的俱乐部安装新的计时系统并记录第一场比赛的成绩，然后把所有的成绩发给每一位队员和教练。',
      '其实安装并不复杂，只需要一台电脑和一个摄像头，系统会自动识别每一条赛艇的号码，并在几秒钟之内把每一场比赛的成绩显示在终点的大屏幕上给所有的观众看。',
    ].join('\n\n');
    expect(distinct(post('如何在二十分钟内安装赛艇计时系统', body))).toBeGreaterThanOrEqual(3);
  });
});

describe('roundups whose section level is generic', () => {
  it('names the subsections when the main sections are "What’s new" and "Community showcase"', () => {
    const md = ['## Highlights from the Harbour Summit', 'Text.', "## What's new", 'Text.', '## Community showcase', 'Text.', '### Boats and crews built by members', 'Text.', '### Learning resources for coaches', 'Text.', '### Tools for regatta timing', 'Text.'].join('\n\n');
    const parsed = parsePost(md);
    const out = composeRoundup(headingsOf(parsed.body), proseUnits(parsed.body, 10_000), 'Harbour news: May', 'en', new Set(['boats', 'learning', 'resources', 'tools']), { minLength: 100, maxLength: 156, maxPixels: 990 });
    expect(out[0]?.text).toMatch(/^Highlights from the Harbour Summit, boats and crews built by members, learning resources for coaches and tools for regatta timing\.$/);
  });
});

describe('tools named in lower case', () => {
  it('a period after a version number ends the sentence even before a lower-case name', () => {
    const out: Sentence[] = [];
    splitUnit('We are happy to announce rowplyr 2.4.0. rowplyr is a timing backend for clubs.', 0, out, 10);
    expect(out.map((s) => s.text)).toEqual(['We are happy to announce rowplyr 2.4.0.', 'rowplyr is a timing backend for clubs.']);
  });

  it('knows the title’s lower-case names (not its ordinary words)', () => {
    expect([...lowerCaseNames('rowplyr 2.4.0 and npm for the harbour', 'en')]).toEqual(['rowplyr', 'npm']);
    expect([...lowerCaseNames('timing for rowing clubs', 'en')]).toEqual([]);
    expect([...lowerCaseNames('ferry-log is moving to the harbour feed', 'en')]).toEqual(['ferry-log']);
  });

  it('a sentence may start with such a name', () => {
    const body = [
      'We are happy to announce rowplyr 2.4.0. rowplyr is a timing backend for rowing clubs that lets coaches record every crew at the finish line of a regatta.',
      'rowplyr now produces the split times of every boat at each marker along the river, so coaches can compare junior crews from one weekend to the next.',
      'rowplyr also publishes the results of each race on the club noticeboard within a minute of the last boat crossing the finish line of the course.',
    ].join('\n\n');
    const list = suggest(post('rowplyr 2.4.0', body));
    expect(list.filter((s) => s.text.startsWith('rowplyr')).length).toBeGreaterThanOrEqual(2);
    expect(new Set(list.map((s) => s.text)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('sentences about the post itself', () => {
  it('"This post…" is not a sentence leaning on the one before it', () => {
    expect(en.anaphoric.test('This blog post will highlight the new timing features.')).toBe(false);
    expect(en.anaphoric.test('This release brings split times.')).toBe(false);
    expect(en.anaphoric.test('This means the crews can train more.')).toBe(true);
  });
});
