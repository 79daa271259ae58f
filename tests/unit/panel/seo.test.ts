// @vitest-environment jsdom
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { Seo } from '../../../src/panel/components/Seo';
import { currentDescription, isCurrent, scoreParts } from '../../../src/panel/seo-view';

const post = readFileSync('tests/fixtures/suggest/de.md', 'utf8');
const withDescription = (text: string, description: string) => text.replace(/^---\n/, `---\nseo:\n  description: ${JSON.stringify(description)}\n`);

function show(text: string): HTMLElement {
  const root = document.createElement('div');
  render(h(Seo, { report: analyze(text), onUse: () => {}, busy: false }), root);
  return root;
}

describe('SEO section: score parts and the current marker', () => {
  it('shows why each suggestion ranks where it does: every score part, with shares adding up to the total', () => {
    const report = analyze(post);
    expect(report.suggestions.length).toBeGreaterThanOrEqual(3);
    const root = show(post);
    const items = root.querySelectorAll('li.suggestion');
    expect(items.length).toBe(report.suggestions.length);
    report.suggestions.forEach((s, i) => {
      const rows = items[i]!.querySelectorAll('.score-parts tr[data-part]');
      expect([...rows].map((r) => r.getAttribute('data-part')).sort()).toEqual(['clarity', 'form', 'length', 'position', 'summary', 'titleWords', 'topic']);
      expect(items[i]!.querySelector('.score-parts summary')!.textContent).toContain(`Why rank ${i + 1}: score ${s.score.total.toFixed(2)}`);
      const shares = scoreParts(s.score).reduce((sum, p) => sum + p.share, 0);
      expect(shares).toBeCloseTo(s.score.total, 2);
    });
  });

  it('marks the applied suggestion current (after "Use this", the report holds it as the description), and only that one', () => {
    const before = show(post);
    expect(before.querySelectorAll('[aria-current="true"]').length).toBe(0);
    const chosen = analyze(post).suggestions[1]!.text;
    const after = show(withDescription(post, chosen));
    const marked = after.querySelectorAll('li[aria-current="true"]');
    expect(marked.length).toBe(1);
    expect(marked[0]!.querySelector('.suggestion-text')!.textContent).toBe(chosen);
    expect(marked[0]!.querySelector('.current-marker')!.textContent).toBe('Current description');
    expect((marked[0]!.querySelector('[data-action="apply-description"]') as HTMLButtonElement).disabled).toBe(true);
    expect(after.querySelectorAll('.current-marker').length).toBe(1);
  });

  it('reads the description at the schema path, nested or not, ignoring whitespace differences', () => {
    expect(currentDescription({ frontmatter: { data: { seo: { description: ' A  b ' } }, present: true, closed: true }, descriptionPath: 'seo.description' })).toBe('A b');
    expect(currentDescription({ frontmatter: { data: { description: 3 }, present: true, closed: true }, descriptionPath: 'description' })).toBeUndefined();
    expect(isCurrent({ text: 'A\nb' }, 'A b')).toBe(true);
    expect(isCurrent({ text: 'A b' }, undefined)).toBe(false);
  });
});

describe('SEO section and search-result preview measure with the schema\'s limits', () => {
  const posts = ['de', 'es', 'fr', 'ja', 'pt', 'zh'].map((l) => readFileSync(`tests/fixtures/suggest/${l}.md`, 'utf8'));
  posts.push(readFileSync('tests/fixtures/posts/newsletter-messy.md', 'utf8'));

  it('every suggestion, once used, shows whole in the panel\'s own search-result preview (never cut with "…")', async () => {
    const { Preview } = await import('../../../src/panel/components/Preview');
    let shown = 0;
    for (const text of posts) {
      for (const s of analyze(text).suggestions) {
        // Applied the way "Use this" applies it: at the report's description path.
        const used = applyEdits(text, setFieldEdits(text, analyze(text).descriptionPath, s.text));
        const report = analyze(used, { suggestions: false });
        const root = document.createElement('div');
        render(h(Preview, { report }), root);
        const desc = root.querySelector('[data-part="search-snippet"] .snippet-desc')!;
        expect(desc.getAttribute('data-truncated'), s.text).toBe('false');
        expect(desc.textContent).toBe(s.text);
        shown++;
      }
    }
    expect(shown).toBeGreaterThanOrEqual(posts.length * 3);
  });

  it('the hint and the meters use a site\'s own limits', () => {
    const schema = { descriptionMinLength: 100, descriptionMaxLength: 140, descriptionMinPixels: 640, descriptionMaxPixels: 900 };
    const root = document.createElement('div');
    render(h(Seo, { report: analyze(post, { schema }), onUse: () => {}, busy: false }), root);
    expect(root.querySelector('.hint')!.textContent).toContain('100–140 characters and under 900 px');
    const [chars, px] = [...root.querySelector('li.suggestion')!.querySelectorAll('meter')];
    expect([chars!.getAttribute('low'), chars!.getAttribute('high')]).toEqual(['100', '140']);
    expect([px!.getAttribute('low'), px!.getAttribute('high')]).toEqual(['640', '900']);
  });
});

describe('SEO section: why there is nothing to offer', () => {
  const short = '---\ntitle: November newsletter\n---\nWelcome back to the garden club letter. This month we planted bulbs along the north fence.\n\nRead the planting guide before the next meeting.\n';
  const noProse = '---\ntitle: Links of the week\n---\n## Links\n\n- [Tide tables](https://example.org/tides)\n- [Rowing results](https://example.org/results)\n\n```sh\nnpm run regatta\n```\n';
  const questions = `---\ntitle: Questions for the club\n---\n${Array.from({ length: 12 }, (_, i) => `Would the junior crews like to train on the river at seven in the morning before school in week ${i + 1} of the spring term?`).join(' ')}\n`;

  it('says which case it is: no prose, too little prose for the limits, or no sentence that makes a description', () => {
    expect(analyze(noProse).noSuggestions).toBe('no-prose');
    expect(analyze(short).noSuggestions).toBe('little-prose');
    expect(analyze(questions).noSuggestions).toBe('none-fit');
    // Absent when there are suggestions, and when they were not asked for.
    expect(analyze(post).noSuggestions).toBeUndefined();
    expect(analyze(short, { suggestions: false }).noSuggestions).toBeUndefined();
  });

  it('tells the editor what to do, with the limits the suggester holds to', () => {
    expect(show(noProse).querySelector('.no-suggestions')!.textContent).toBe('No suggestions: the post body has no sentences to build a description from yet.');
    expect(show(short).querySelector('.no-suggestions')!.textContent).toBe('No suggestions yet: the post has too little prose for a description of 120–156 characters. Write a few more sentences, or write the description yourself.');
    expect(show(questions).querySelector('.no-suggestions')!.textContent).toContain('no sentence of the post, alone or with the next, makes a complete description of 120–156 characters');
    expect(show(post).querySelector('.no-suggestions')).toBeNull();
  });
});

describe('SEO section: text as wide as Japanese or Chinese', () => {
  it('aims the hint and each character meter at the range that fills the snippet at that width, not at prose’s 120–156', () => {
    for (const lang of ['ja', 'zh']) {
      const text = readFileSync(`tests/fixtures/suggest/${lang}.md`, 'utf8');
      const report = analyze(text);
      expect(report.suggestions.length, lang).toBeGreaterThanOrEqual(3);
      const root = show(text);
      const hint = root.querySelector('.hint')!.textContent!;
      expect(hint, lang).not.toContain('120–156');
      root.querySelectorAll('li.suggestion').forEach((li, i) => {
        const chars = li.querySelector('meter')!;
        const [low, high] = [Number(chars.getAttribute('low')), Number(chars.getAttribute('high'))];
        // Every suggestion fits the snippet by its pixels, so its character count is inside the meter's range, not "low".
        expect(report.suggestions[i]!.length, `${lang} #${i + 1}`).toBeGreaterThanOrEqual(low);
        expect(report.suggestions[i]!.length, `${lang} #${i + 1}`).toBeLessThanOrEqual(high);
        expect(high, lang).toBeLessThan(100);
      });
    }
    // Prose keeps the schema's character limits.
    expect(show(post).querySelector('.hint')!.textContent).toContain('120–156');
    // With no suggestion to measure, the body's own width decides: a short Japanese post.
    const shortJa = '---\ntitle: 港の朝\n---\n港のボートクラブは朝の練習を再開しました。\n';
    const root = show(shortJa);
    const [, low, high] = /(\d+)–(\d+)/.exec(root.querySelector('.no-suggestions')!.textContent!) ?? [];
    expect(Number(high)).toBeLessThan(100);
    expect(Number(low)).toBeGreaterThan(40);
    expect(root.querySelector('.hint')!.textContent).not.toContain('120–156');
  });
});
