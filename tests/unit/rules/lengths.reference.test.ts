import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/defaults';
import { EMOJI_WIDTH, fitLength, textWidth, visiblePart } from '../../../src/core/text/pixel-width';

const post = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\ndate: 2026-01-01\n---\n\nBody.\n`;
const rule = (text: string, id: string) => analyze(text, { preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === id);

describe('title-length like Yoast and Google: by width, not by a 60-character cap', () => {
  it('lets a long title of narrow letters through and flags a shorter one of wide letters', () => {
    const narrow = 'illuminating little-known facts: it’s still all fine, isn’t it? il'; // 66 characters, ~470 px
    expect([...narrow].length).toBeGreaterThan(60);
    expect(rule(post({ title: narrow }), 'title-length')).toEqual([]);
    const wide = 'MOMENTUM: WHY WE MOVED EVERY SERVICE TO ARM MACHINES'; // 52 capitals, ~770 px
    expect([...wide].length).toBeLessThan(60);
    expect(rule(post({ title: wide }), 'title-length')).toHaveLength(1);
  });
});

describe('description-length: character and pixel limits that agree', () => {
  const prose156 = 'We cut our build times in half with remote caching and a few small changes to the pipeline. Here is what we changed, what it cost us, and what we keep doing';

  it('the default limits describe the same length of ordinary prose (6.3 px per character at 14 px)', () => {
    expect(DEFAULT_SCHEMA.descriptionMaxPixels / DEFAULT_SCHEMA.descriptionMaxLength).toBeCloseTo(6.35, 1);
    expect(DEFAULT_SCHEMA.descriptionMinPixels / DEFAULT_SCHEMA.descriptionMinLength).toBeCloseTo(6.33, 1);
    expect([...prose156].length).toBe(156);
    expect(textWidth(prose156, 14)).toBeLessThan(DEFAULT_SCHEMA.descriptionMaxPixels);
  });

  it('does not flag 146–156 characters of ordinary prose (the old 920 px limit did)', () => {
    expect(textWidth(prose156, 14)).toBeGreaterThan(920);
    expect(rule(post({ title: 'T', description: prose156 }), 'description-length')).toEqual([]);
  });

  it('judges wide scripts by pixels: a 63-character Japanese description is not too short, a 92-character Chinese one is too long', () => {
    const ja = 'リモートキャッシュを導入してビルド時間を半分にしました。変更点とかかった費用、次に同じことをするなら何を変えるかをまとめます。';
    expect(rule(post({ title: 'T', description: ja, lang: 'ja' }), 'description-length')).toEqual([]);
    const zh = '开源社区运营五年的十条经验：如何寻找演讲者、如何控制成本、如何让第一次参加活动的新朋友感到宾至如归，以及我们在这个过程中犯过的错误和从中学到的东西，希望对正在组织社区活动的你有所帮助。';
    const [d] = rule(post({ title: 'T', description: zh }), 'description-length');
    expect(d!.message).toMatch(/px wide, more than the 990 px/);
  });

  it('still calls short Latin-script descriptions short', () => {
    const [d] = rule(post({ title: 'T', description: 'A short update on the project.' }), 'description-length');
    expect(d!.data).toMatchObject({ tooShort: true });
  });
});

describe('pixel widths of emoji and CJK, as Chromium renders them next to Arial', () => {
  const em = (s: string) => textWidth(s, 1000);

  it('measures an emoji sequence as one emoji: ZWJ sequences, flags, keycaps, skin tones, VS16', () => {
    for (const e of ['😀', '👩‍💻', '🇫🇷', '1️⃣', '👍🏽', '❤️', '✨', '🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']) expect(em(e), e).toBeCloseTo(EMOJI_WIDTH);
    expect(em('👩‍💻👨‍💻')).toBeCloseTo(2 * EMOJI_WIDTH);
    expect(em('❤')).toBeLessThan(EMOJI_WIDTH); // text presentation
  });

  it('measures hangul at 0.92 em, ideographs and kana at 1 em, halfwidth katakana at 0.5 em', () => {
    expect(em('한국어')).toBeCloseTo(3 * 920);
    expect(em('漢字かな。')).toBeCloseTo(5000);
    expect(em('ｱｲ')).toBeCloseTo(1000);
  });

  it('never cuts an emoji sequence in half', () => {
    const text = 'ab👩‍💻cd';
    const cut = fitLength(text, 1000, 556 * 2 + 1000);
    expect(cut).toBe(2);
    expect(fitLength(text, 1000, 556 * 2 + EMOJI_WIDTH)).toBe(2 + '👩‍💻'.length);
    expect(visiblePart('Launch 👩‍💻👨‍💻 week', 20, 115)).toBe('Launch');
  });
});
