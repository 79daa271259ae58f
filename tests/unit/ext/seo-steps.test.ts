import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { scoreParts, suggestionSteps } from '../../../src/panel/seo-view';
import { LOCALES } from '../../../src/i18n';

/** The SEO suggestions' "why" line and score parts in the panel's language. */
const literalSteps = ['compress.ts', 'compose.ts'].flatMap((f) => [...readFileSync(`src/core/suggest/${f}`, 'utf8').matchAll(/'([a-z][a-z ]+ (?:dropped|rephrased))'/g)].map((m) => m[1]!));
// The title-led steps (src/core/suggest/title-lead.ts), written there as `step: '…'`.
const titleSteps = [...readFileSync('src/core/suggest/title-lead.ts', 'utf8').matchAll(/step: '([^']+)'/g)].map((m) => m[1]!);
// The composed lists' leads (src/core/suggest/compose.ts), written there as `step: '…'` and put after "N section headings named".
const composeSteps = [...readFileSync('src/core/suggest/compose.ts', 'utf8').matchAll(/step: '([^']+)'/g)].map((m) => `5 section headings named ${m[1]!}`);
const built = [...titleSteps, ...composeSteps, 'sentence 3 of the post', 'sentences 2–4 of the post', 'sentences 1 and 5 of the post', '3 section headings named', '4 list items named after the title'];

describe('suggestion steps and score parts', () => {
  it('reads the steps the suggester writes', () => {
    expect(literalSteps.length).toBeGreaterThanOrEqual(6);
    expect(literalSteps).toContain('announcement rephrased');
    expect(titleSteps.length).toBeGreaterThanOrEqual(2);
    expect(composeSteps.length).toBeGreaterThanOrEqual(2);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: every step and score part has its own words', (locale) => {
    for (const step of [...literalSteps, ...built]) {
      const [worded] = suggestionSteps([step], locale);
      expect(worded, step).not.toContain(step);
      for (const n of step.match(/\d+/g) ?? []) expect(worded, step).toContain(n);
    }
    const english = scoreParts({ total: 1, titleWords: 1, topic: 1, summary: 1, position: 1, length: 1, clarity: 1, form: 1 }, 'en');
    const local = scoreParts({ total: 1, titleWords: 1, topic: 1, summary: 1, position: 1, length: 1, clarity: 1, form: 1 }, locale);
    local.forEach((p, i) => expect(p.label).not.toBe(english[i]!.label));
  });

  it('a real suggestion’s steps are all worded (none quoted) in German', () => {
    const post = '---\ntitle: Trip notes\n---\n\nWe drove to the coast (it took four hours) and camped by the sea. The weather, as always, was kind to us. Then we walked along the cliffs for two days, which was the best part of the trip.\n\n## Getting there\n\n## Camping\n\n## Walking\n';
    const { suggestions } = analyze(post, { locale: 'de' });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) for (const step of suggestionSteps(s.how, 'de')) expect(step, s.how.join(' | ')).not.toMatch(/^„/);
  });
});
