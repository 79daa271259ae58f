import { describe, expect, it } from 'vitest';
import { fits, isPlainSentence, isShouted, measure, tooShort } from '../../../src/core/suggest/shape';

const limits = { minLength: 120, maxLength: 156, maxPixels: 920 };
const latin = (n: number) => `${'The crews rowed out past the lighthouse at dawn and came back before the ferries started their runs again. '.repeat(3).slice(0, n - 1).trimEnd()}.`;

describe('limits: characters, pixels, and what "long enough" means for CJK', () => {
  it('holds ordinary prose to the character limits and the pixel limit', () => {
    expect(fits(measure(latin(130)), limits)).toBe(true);
    expect(fits(measure(latin(110)), limits)).toBe(false); // too short
    expect(fits(measure(latin(156)), limits)).toBe(false); // 156 characters of prose are wider than 920 px
    expect(fits(measure(latin(156)), { ...limits, maxPixels: 990 })).toBe(true);
    expect(fits(measure('W'.repeat(130)), limits)).toBe(false); // capitals: too wide long before 156 characters
  });

  it('judges wide scripts by width: 60 ideographs are long enough though far below 120 characters', () => {
    const cjk = (n: number) => `${'新しいパフォーマンスパネルとショートカットを追加しました'.repeat(5).slice(0, n - 1)}。`;
    expect(fits(measure(cjk(60)), limits)).toBe(true);
    expect(fits(measure(cjk(30)), limits)).toBe(false);
    expect(fits(measure(cjk(70)), limits)).toBe(false); // 70 × 14 px > 920 px
    expect(tooShort(measure(cjk(30)), limits)).toBe(true);
  });

  it('uses the schema’s minimum width when it has one (too short only when below both minimums)', () => {
    const withMinPx = { ...limits, minPixels: 760, maxPixels: 990 };
    // 112 characters of Title Case words: below 120 characters but wider than 760 px.
    const wide = `${'MAJOR Harbour Rowing Members Went Out Past The OLD Lighthouse At Dawn Before MANY Ferries Woke Up Again Today '.slice(0, 111).trimEnd()}.`;
    expect([...wide].length).toBeLessThan(120);
    expect(measure(wide).pixels).toBeGreaterThanOrEqual(760);
    expect(fits(measure(wide), withMinPx)).toBe(true);
    expect(fits(measure(wide), { ...limits, maxPixels: 990 })).toBe(false); // without a minimum width, 120 characters are needed
    expect(fits(measure(latin(100)), withMinPx)).toBe(false);
    expect(fits(measure(latin(125)), withMinPx)).toBe(true);
  });

  it('accepts only plain, complete sentences', () => {
    expect(isPlainSentence('The crews rowed out past the lighthouse at dawn.')).toBe(true);
    for (const bad of ['the crews rowed out past the lighthouse at dawn.', 'The crews rowed out past the lighthouse at dawn', 'See https://club.test for the crews and their results.', 'Run the **fast** crews past the lighthouse at dawn.', 'THE CREWS ROWED OUT PAST THE LIGHTHOUSE.', 'Dates: 2026, 12, 14, 16 and 2027.', ':::intro The crews rowed out past the lighthouse.', 'Too short.'])
      expect(isPlainSentence(bad), bad).toBe(false);
    expect(isPlainSentence('新しいパフォーマンスパネルを追加しました。')).toBe(true);
  });

  it('refuses addresses written without a scheme, admonitions and TeX math; keeps prices, versions and "and/or"', () => {
    for (const bad of ['The crews share their results at bit.ly/harbour-results every week.', 'The timing crate is documented at docs.rs/harbour-timer for every crew.', 'The club shop moved to harbour.co.uk/shop this spring for the crews.', 'Results are posted on regatta.ly for the crews after each race.', '!!! note The crews rowed out past the lighthouse at dawn.', 'The crews compute $x + y$ for the handicap after each race on the river.'])
      expect(isPlainSentence(bad), bad).toBe(false);
    for (const good of ['Tickets cost $5 for juniors and $10 for the crews who row in the evening race.', 'Version 2.4/2.5 of the timer works with the start and/or finish line.', 'The crews rowed out past the lighthouse at dawn, then came home.'])
      expect(isPlainSentence(good), good).toBe(true);
  });
});

describe('isShouted', () => {
  it('counts cased letters of any script, ignores uncased ones', () => {
    expect(isShouted('ÉLÈVES ET ÉQUIPAGES DU PORT')).toBe(true);
    expect(isShouted('Élèves et équipages du port')).toBe(false);
    expect(isShouted('ГРЕБНОЙ КЛУБ ГАВАНИ')).toBe(true);
    expect(isShouted('Гребной клуб гавани открыт')).toBe(false);
    expect(isShouted('港口赛艇俱乐部的新计时系统正式发布了')).toBe(false);
    expect(isShouted('Die Straße am Hafen ist gesperrt')).toBe(false);
    expect(isShouted('THE CLUB’S NEW BOATHOUSE — OPEN')).toBe(true);
  });
});
